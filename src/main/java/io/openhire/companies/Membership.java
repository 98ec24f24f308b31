package io.openhire.companies;

import java.util.UUID;

/**
 * A user's place in a company (the employer profile's {@code companies[]}).
 *
 * @param companyId the company's id
 * @param companyName its name
 * @param memberRole {@code owner} or {@code recruiter}
 */
public record Membership(UUID companyId, String companyName, String memberRole) {

}
