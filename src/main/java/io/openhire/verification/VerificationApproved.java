package io.openhire.verification;

import java.time.Instant;
import java.util.UUID;

/** An admin approved a verification request: the subject is now verified. */
public record VerificationApproved(UUID requestId, SubjectType subjectType, UUID subjectId, UUID requestedBy,
		Instant decidedAt) {

}
