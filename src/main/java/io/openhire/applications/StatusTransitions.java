package io.openhire.applications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.openhire.applications.ApplicationStatus.APPLIED;
import static io.openhire.applications.ApplicationStatus.HIRED;
import static io.openhire.applications.ApplicationStatus.INTERVIEWING;
import static io.openhire.applications.ApplicationStatus.OFFERED;
import static io.openhire.applications.ApplicationStatus.REJECTED;
import static io.openhire.applications.ApplicationStatus.REVIEWING;
import static io.openhire.applications.ApplicationStatus.SHORTLISTED;
import static io.openhire.applications.ApplicationStatus.WITHDRAWN;

/**
 * The moves API.md allows, by side. The employer moves an application through the
 * pipeline; the candidate withdraws from any status that is not final, and accepts an
 * offer (offered → hired). Hired, rejected and withdrawn are final.
 */
final class StatusTransitions {

	private static final Map<ApplicationStatus, Set<ApplicationStatus>> EMPLOYER = Map.of(APPLIED,
			EnumSet.of(REVIEWING, SHORTLISTED, REJECTED), REVIEWING, EnumSet.of(SHORTLISTED, INTERVIEWING, REJECTED),
			SHORTLISTED, EnumSet.of(INTERVIEWING, OFFERED, REJECTED), INTERVIEWING, EnumSet.of(OFFERED, REJECTED),
			OFFERED, EnumSet.of(HIRED, REJECTED));

	private StatusTransitions() {
	}

	static boolean allows(Party party, ApplicationStatus from, ApplicationStatus to) {
		if (from.isFinal()) {
			return false;
		}
		return switch (party) {
			case EMPLOYER -> EMPLOYER.getOrDefault(from, Set.of()).contains(to);
			case CANDIDATE -> to == WITHDRAWN || (from == OFFERED && to == HIRED);
		};
	}

}
