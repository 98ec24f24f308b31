package io.openhire.applications;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Interviews extends JpaRepository<Interview, UUID> {

	List<Interview> findByApplicationIdOrderByScheduledAtAscIdAsc(UUID applicationId);

}
