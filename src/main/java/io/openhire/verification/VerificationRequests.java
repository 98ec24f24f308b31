package io.openhire.verification;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VerificationRequests
		extends JpaRepository<VerificationRequest, UUID>, JpaSpecificationExecutor<VerificationRequest> {

	boolean existsBySubjectIdAndStatus(UUID subjectId, RequestStatus status);

	Page<VerificationRequest> findByRequestedBy(UUID requestedBy, Pageable pageable);

}
