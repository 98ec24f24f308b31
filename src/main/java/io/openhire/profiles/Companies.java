package io.openhire.profiles;

import java.util.List;
import java.util.UUID;

/** What this module needs of the companies module: the companies an employer acts for. */
interface Companies {

	record Membership(UUID id, String name, String memberRole) {

	}

	List<Membership> membershipsOf(UUID userId);

}
