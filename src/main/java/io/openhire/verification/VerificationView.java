package io.openhire.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A verification request as the API shows it. */
record VerificationView(UUID id, SubjectType subjectType, UUID subjectId, UUID requestedBy, RequestStatus status,
		List<UUID> documentIds, @Nullable String note, @Nullable String reason, Instant createdAt,
		@Nullable Instant decidedAt, @Nullable UUID decidedBy) {

	static VerificationView of(VerificationRequest request) {
		return new VerificationView(request.id(), request.subjectType(), request.subjectId(), request.requestedBy(),
				request.status(), request.documentIds(), request.note(), request.reason(), request.createdAt(),
				request.decidedAt(), request.decidedBy());
	}

}
