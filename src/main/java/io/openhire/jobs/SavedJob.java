package io.openhire.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A job a candidate saved, with their notes and tags. Written by SQL ({@link SavedJobs}):
 * an insert that may find the row already there, so that {@code save_count} moves only
 * when a save really starts or ends; read as an entity for the list.
 */
@Entity
@Table(name = "saved_jobs")
@IdClass(SavedJob.Key.class)
class SavedJob {

	@Id
	private UUID userId;

	@Id
	private UUID jobId;

	private @Nullable String notes;

	@Convert(converter = JsonStrings.class)
	private List<String> tags = new ArrayList<>();

	private Instant savedAt;

	protected SavedJob() {
		// for JPA
	}

	// @formatter:off
	UUID userId() { return userId; }
	UUID jobId() { return jobId; }
	@Nullable String notes() { return notes; }
	List<String> tags() { return List.copyOf(tags); }
	Instant savedAt() { return savedAt; }
	// @formatter:on

	/** The primary key: one save per candidate and job. */
	static final class Key implements Serializable {

		private @Nullable UUID userId;

		private @Nullable UUID jobId;

		static Key of(UUID userId, UUID jobId) {
			Key key = new Key();
			key.userId = userId;
			key.jobId = jobId;
			return key;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(jobId, key.jobId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(userId, jobId);
		}

	}

}
