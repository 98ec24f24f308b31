package io.openhire.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Locations extends JpaRepository<Location, UUID>, JpaSpecificationExecutor<Location> {

	Optional<Location> findByPlaceKey(String placeKey);

}
