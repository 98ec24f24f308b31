package io.openhire.profiles;

import java.time.Clock;
import java.util.UUID;

import io.openhire.identity.AccountSummary;
import io.openhire.identity.UserAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Creates a user's empty profile unless it exists, from the registration event or on
 * first access, whichever comes first. Each insert runs in a transaction of its own: when
 * two arrive together, the unique key on {@code user_id} refuses the second, whose caller
 * then reads the first's profile; the caller's own transaction is not spoilt by the
 * failed insert.
 */
@Component
class ProfileCreation {

	private final Candidates candidates;

	private final Employers employers;

	private final UserAccounts accounts;

	private final TransactionTemplate newTransaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProfileCreation(Candidates candidates, Employers employers, UserAccounts accounts,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.candidates = candidates;
		this.employers = employers;
		this.accounts = accounts;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
		this.clock = clock;
	}

	/** The candidate's profile, created empty if it was missing. */
	@Transactional
	CandidateProfile candidate(UUID userId) {
		return candidates.findByUserId(userId).orElseGet(() -> {
			try {
				newTransaction.executeWithoutResult((status) -> {
					CandidateProfile created = candidates.saveAndFlush(new CandidateProfile(userId, clock.instant()));
					events.publishEvent(new CandidateProfileChanged(created.id()));
				});
			}
			catch (DataIntegrityViolationException ex) {
				// created meanwhile by the other path; read it below
			}
			return candidates.findByUserId(userId).orElseThrow();
		});
	}

	/**
	 * The employer's profile, created if it was missing, with the names of the account.
	 */
	@Transactional
	EmployerProfile employer(UUID userId) {
		return employers.findByUserId(userId).orElseGet(() -> {
			AccountSummary account = accounts.find(userId).orElseThrow();
			try {
				newTransaction.executeWithoutResult((status) -> employers.saveAndFlush(
						new EmployerProfile(userId, account.firstName(), account.lastName(), clock.instant())));
			}
			catch (DataIntegrityViolationException ex) {
				// created meanwhile by the other path; read it below
			}
			return employers.findByUserId(userId).orElseThrow();
		});
	}

}
