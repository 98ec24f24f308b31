package io.openhire.applications;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Placements extends JpaRepository<Placement, UUID>, JpaSpecificationExecutor<Placement> {

}
