package io.openhire.applications;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChanges extends JpaRepository<StatusChange, UUID> {

	List<StatusChange> findByApplicationIdOrderByChangedAtAscIdAsc(UUID applicationId);

}
