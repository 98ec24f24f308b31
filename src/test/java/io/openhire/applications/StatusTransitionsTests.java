package io.openhire.applications;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import org.junit.jupiter.api.Test;

import static io.openhire.applications.ApplicationStatus.APPLIED;
import static io.openhire.applications.ApplicationStatus.HIRED;
import static io.openhire.applications.ApplicationStatus.INTERVIEWING;
import static io.openhire.applications.ApplicationStatus.OFFERED;
import static io.openhire.applications.ApplicationStatus.REJECTED;
import static io.openhire.applications.ApplicationStatus.REVIEWING;
import static io.openhire.applications.ApplicationStatus.SHORTLISTED;
import static io.openhire.applications.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transition table of API.md, every move for each side, on the entity. */
class StatusTransitionsTests {

	/** API.md, written out again here so that the table and the code check each other. */
	private static final Map<ApplicationStatus, Set<ApplicationStatus>> EMPLOYER_MOVES = Map.of(APPLIED,
			EnumSet.of(REVIEWING, SHORTLISTED, REJECTED), REVIEWING, EnumSet.of(SHORTLISTED, INTERVIEWING, REJECTED),
			SHORTLISTED, EnumSet.of(INTERVIEWING, OFFERED, REJECTED), INTERVIEWING, EnumSet.of(OFFERED, REJECTED),
			OFFERED, EnumSet.of(HIRED, REJECTED));

	private static final Map<ApplicationStatus, Set<ApplicationStatus>> CANDIDATE_MOVES = Map.of(APPLIED,
			EnumSet.of(WITHDRAWN), REVIEWING, EnumSet.of(WITHDRAWN), SHORTLISTED, EnumSet.of(WITHDRAWN), INTERVIEWING,
			EnumSet.of(WITHDRAWN), OFFERED, EnumSet.of(HIRED, WITHDRAWN));

	@Test
	void everyMoveOfTheTableIsAllowedAndEveryOtherRefused() {
		int checked = 0;
		for (ApplicationStatus from : ApplicationStatus.values()) {
			for (ApplicationStatus to : ApplicationStatus.values()) {
				assertThat(StatusTransitions.allows(Party.EMPLOYER, from, to)).as("employer %s → %s", from, to)
					.isEqualTo(EMPLOYER_MOVES.getOrDefault(from, Set.of()).contains(to));
				assertThat(StatusTransitions.allows(Party.CANDIDATE, from, to)).as("candidate %s → %s", from, to)
					.isEqualTo(CANDIDATE_MOVES.getOrDefault(from, Set.of()).contains(to));
				checked += 2;
			}
		}
		assertThat(checked).isEqualTo(128);
	}

	@Test
	void theEntityMovesAndRecordsEveryAllowedMove() {
		for (Party party : Party.values()) {
			Map<ApplicationStatus, Set<ApplicationStatus>> moves = (party == Party.EMPLOYER) ? EMPLOYER_MOVES
					: CANDIDATE_MOVES;
			moves.forEach((from, targets) -> targets.forEach((to) -> {
				Application application = at(from);
				UUID by = UUID.randomUUID();
				StatusChange change = application.moveTo(party, by, to, "r", "n", Instant.now());
				assertThat(application.status()).isEqualTo(to);
				assertThat(change.fromStatus()).isEqualTo(from);
				assertThat(change.toStatus()).isEqualTo(to);
				assertThat(change.changedBy()).isEqualTo(by);
				assertThat(application.hiredAt() != null).isEqualTo(to == HIRED);
			}));
		}
	}

	@Test
	void theEntityRefusesEveryIllegalMoveAsInvalidTransition() {
		for (Party party : Party.values()) {
			for (ApplicationStatus from : EnumSet.of(APPLIED, REVIEWING, SHORTLISTED, INTERVIEWING, OFFERED)) {
				for (ApplicationStatus to : ApplicationStatus.values()) {
					if (!StatusTransitions.allows(party, from, to)) {
						assertThatThrownBy(
								() -> at(from).moveTo(party, UUID.randomUUID(), to, null, null, Instant.now()))
							.as("%s %s → %s", party, from, to)
							.isInstanceOfSatisfying(ApiProblem.class,
									(problem) -> assertThat(problem.code()).isEqualTo("invalid_transition"));
					}
				}
			}
		}
	}

	@Test
	void finalApplicationsAreClosedToTheCompanyAndInvalidForTheCandidate() {
		for (ApplicationStatus last : EnumSet.of(HIRED, REJECTED, WITHDRAWN)) {
			for (ApplicationStatus to : ApplicationStatus.values()) {
				assertThatThrownBy(
						() -> at(last).moveTo(Party.EMPLOYER, UUID.randomUUID(), to, null, null, Instant.now()))
					.isInstanceOfSatisfying(ApiProblem.class,
							(problem) -> assertThat(problem.code()).isEqualTo("application_closed"));
				assertThatThrownBy(
						() -> at(last).moveTo(Party.CANDIDATE, UUID.randomUUID(), to, null, null, Instant.now()))
					.isInstanceOfSatisfying(ApiProblem.class,
							(problem) -> assertThat(problem.code()).isEqualTo("invalid_transition"));
			}
		}
	}

	@Test
	void theCoverLetterChangesOnlyWhileApplied() {
		Application application = at(APPLIED);
		application.changeCoverLetter("new", Instant.now());
		assertThat(application.coverLetter()).isEqualTo("new");
		assertThatThrownBy(() -> at(REVIEWING).changeCoverLetter("late", Instant.now())).isInstanceOfSatisfying(
				ApiProblem.class, (problem) -> assertThat(problem.code()).isEqualTo("application_not_editable"));
	}

	/** An application brought to {@code status} by the shortest allowed path. */
	private static Application at(ApplicationStatus status) {
		Application application = new Application(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null,
				Map.of(), Instant.now());
		UUID employer = UUID.randomUUID();
		switch (status) {
			case APPLIED -> {
			}
			case WITHDRAWN -> application.moveTo(Party.CANDIDATE, employer, WITHDRAWN, null, null, Instant.now());
			case REJECTED -> application.moveTo(Party.EMPLOYER, employer, REJECTED, null, null, Instant.now());
			default -> {
				for (ApplicationStatus step : new ApplicationStatus[] { SHORTLISTED, OFFERED, HIRED }) {
					if (application.status() == status) {
						break;
					}
					if (status == REVIEWING) {
						application.moveTo(Party.EMPLOYER, employer, REVIEWING, null, null, Instant.now());
						break;
					}
					if (status == INTERVIEWING) {
						application.moveTo(Party.EMPLOYER, employer, SHORTLISTED, null, null, Instant.now());
						application.moveTo(Party.EMPLOYER, employer, INTERVIEWING, null, null, Instant.now());
						break;
					}
					application.moveTo(Party.EMPLOYER, employer, step, null, null, Instant.now());
				}
			}
		}
		assertThat(application.status()).isEqualTo(status);
		return application;
	}

}
