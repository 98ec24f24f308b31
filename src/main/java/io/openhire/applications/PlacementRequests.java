package io.openhire.applications;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bodies the placement endpoints take. */
final class PlacementRequests {

	private PlacementRequests() {
	}

	/** PATCH: dates and status ({@code active} or {@code terminated}). */
	record Changes(@Nullable LocalDate startDate, @Nullable LocalDate endDate, @NotNull PlacementStatus status) {

	}

	/** {@code POST /placements/{id}/complete}. */
	record Completion(@NotNull LocalDate completionDate, @NotNull @Min(1) @Max(5) Integer rating,
			@Nullable @Size(max = 5000) String feedback) {

	}

}
