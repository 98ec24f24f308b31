package io.openhire.companies;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.openhire.shared.VerificationStatus;

/**
 * What other modules show of a company (a job's {@code company: {id, name, ...}}).
 *
 * @param id the company's id
 * @param name its name
 * @param type its API type: {@code company}, {@code hospital}, {@code clinic},
 * {@code agency}, {@code nonprofit}, {@code government} or {@code other}
 * @param verificationStatus where it stands in verification
 * @param facilityType {@code public}, {@code private} or {@code specialty} for hospitals
 * and clinics, else {@code null}
 */
public record CompanySummary(UUID id, String name, String type, VerificationStatus verificationStatus,
		@Nullable String facilityType) {

}
