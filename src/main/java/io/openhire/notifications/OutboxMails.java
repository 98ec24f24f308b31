package io.openhire.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The outbox. The updates are conditional so that nodes sending concurrently never send a
 * mail twice: a node first claims a due mail (one row updated, or none if another node
 * was faster), and records the outcome only while its claim (the attempt number) still
 * stands.
 */
interface OutboxMails extends JpaRepository<OutboxMail, UUID> {

	Page<OutboxMail> findByStatus(MailStatus status, Pageable pageable);

	@Query("""
			select m.id from OutboxMail m
			where m.status = io.openhire.notifications.MailStatus.PENDING and m.nextAttemptAt <= :now
			order by m.nextAttemptAt""")
	List<UUID> findDue(Instant now, Pageable pageable);

	/**
	 * Claims a due mail for one attempt: counts the attempt and pushes its next attempt
	 * to {@code claimUntil}, so no other node takes it meanwhile, yet it is tried again
	 * if this node dies while sending.
	 * @return 1 if this caller now owns the attempt, 0 if the mail is not (or no longer)
	 * due
	 */
	@Modifying
	@Query("""
			update OutboxMail m set m.attempts = m.attempts + 1, m.nextAttemptAt = :claimUntil
			where m.id = :id and m.status = io.openhire.notifications.MailStatus.PENDING and m.nextAttemptAt <= :now""")
	int claim(UUID id, Instant now, Instant claimUntil);

	@Modifying
	@Query("""
			update OutboxMail m set m.status = io.openhire.notifications.MailStatus.SENT, m.sentAt = :now,
				m.nextAttemptAt = null
			where m.id = :id and m.attempts = :attempt and m.status = io.openhire.notifications.MailStatus.PENDING""")
	int markSent(UUID id, int attempt, Instant now);

	@Modifying
	@Query("""
			update OutboxMail m set m.nextAttemptAt = :nextAttemptAt, m.lastError = :error
			where m.id = :id and m.attempts = :attempt and m.status = io.openhire.notifications.MailStatus.PENDING""")
	int retryLater(UUID id, int attempt, Instant nextAttemptAt, String error);

	@Modifying
	@Query("""
			update OutboxMail m set m.status = io.openhire.notifications.MailStatus.FAILED, m.nextAttemptAt = null,
				m.lastError = :error
			where m.id = :id and m.attempts = :attempt and m.status = io.openhire.notifications.MailStatus.PENDING""")
	int markFailed(UUID id, int attempt, String error);

}
