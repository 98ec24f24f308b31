package io.openhire.profiles;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in for the companies module until its API lands on main: knows no
 * memberships. Replaced by an adapter over
 * {@code io.openhire.companies.CompanyDirectory}.
 */
@Component
class UnwiredNeighbours implements Companies {

	@Override
	public List<Membership> membershipsOf(UUID userId) {
		return List.of();
	}

}
