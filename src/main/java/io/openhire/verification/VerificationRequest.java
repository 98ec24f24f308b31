package io.openhire.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A request that an admin verify a candidate or a company. Only a pending request can be
 * decided, once.
 */
@Entity
@Table(name = "verification_requests")
class VerificationRequest extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private UUID subjectId;

	private UUID requestedBy;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private @Nullable String note;

	private @Nullable String reason;

	private Instant createdAt;

	private @Nullable Instant decidedAt;

	private @Nullable UUID decidedBy;

	@ElementCollection
	@CollectionTable(name = "verification_documents", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "list_index")
	@Column(name = "document_id")
	private List<UUID> documentIds = new ArrayList<>();

	@Version
	private long version;

	protected VerificationRequest() {
		// for JPA
	}

	VerificationRequest(SubjectType subjectType, UUID subjectId, UUID requestedBy, List<UUID> documentIds,
			@Nullable String note, Instant now) {
		this.id = Ids.newId();
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.requestedBy = requestedBy;
		this.documentIds = new ArrayList<>(documentIds);
		this.note = note;
		this.status = RequestStatus.PENDING;
		this.createdAt = now;
	}

	void approve(UUID adminId, Instant now) {
		decide(RequestStatus.APPROVED, adminId, null, now);
	}

	void reject(UUID adminId, String reason, Instant now) {
		decide(RequestStatus.REJECTED, adminId, reason, now);
	}

	private void decide(RequestStatus decision, UUID adminId, @Nullable String reason, Instant now) {
		if (status != RequestStatus.PENDING) {
			throw ApiProblem.conflict("invalid_transition", "This request was " + status.value() + " already.");
		}
		this.status = decision;
		this.decidedBy = adminId;
		this.reason = reason;
		this.decidedAt = now;
	}

	UUID id() {
		return id;
	}

	SubjectType subjectType() {
		return subjectType;
	}

	UUID subjectId() {
		return subjectId;
	}

	UUID requestedBy() {
		return requestedBy;
	}

	RequestStatus status() {
		return status;
	}

	@Nullable String note() {
		return note;
	}

	@Nullable String reason() {
		return reason;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	@Nullable UUID decidedBy() {
		return decidedBy;
	}

	List<UUID> documentIds() {
		return List.copyOf(documentIds);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
