package io.openhire.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in for the catalog and companies modules until their APIs land on main:
 * knows no skills and no memberships. Replaced by adapters over
 * {@code io.openhire.catalog.SkillCatalog} and
 * {@code io.openhire.companies.CompanyDirectory}.
 */
@Component
class UnwiredNeighbours implements Skills, Companies {

	@Override
	public Map<UUID, Skill> findAll(Collection<UUID> ids) {
		return Map.of();
	}

	@Override
	public Skill resolve(String name) {
		throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The skill catalog is not there yet.");
	}

	@Override
	public List<Membership> membershipsOf(UUID userId) {
		return List.of();
	}

}
