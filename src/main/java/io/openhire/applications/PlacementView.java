package io.openhire.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.openhire.applications.ApplicationView.CompanyItem;
import io.openhire.applications.ApplicationView.JobItem;
import io.openhire.applications.ApplicationView.PersonItem;
import org.jspecify.annotations.Nullable;

/** A placement as its candidate, its company's members and admins see it. */
record PlacementView(UUID id, UUID applicationId, JobItem job, PersonItem candidate, CompanyItem company,
		@Nullable LocalDate startDate, @Nullable LocalDate endDate, PlacementStatus status,
		@Nullable LocalDate completionDate, @Nullable Integer rating, @Nullable String feedback, Instant createdAt,
		Instant updatedAt) {

}
