package io.openhire.verification;

import java.time.Instant;
import java.util.UUID;

/** An admin rejected a verification request, for the given reason. */
public record VerificationRejected(UUID requestId, SubjectType subjectType, UUID subjectId, UUID requestedBy,
		String reason, Instant decidedAt) {

}
