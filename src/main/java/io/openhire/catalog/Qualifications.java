package io.openhire.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Qualifications extends JpaRepository<Qualification, UUID>, JpaSpecificationExecutor<Qualification> {

	Optional<Qualification> findByNameNormalized(String nameNormalized);

}
