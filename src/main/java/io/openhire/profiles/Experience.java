package io.openhire.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A position a candidate held, or holds ({@code is_current}). */
@Entity
@Table(name = "candidate_experience")
class Experience extends ProfileEntry {

	record Fields(@NotBlank @Size(max = 200) String companyName, @NotBlank @Size(max = 150) String jobTitle,
			@Nullable @Size(max = 150) String location, @Nullable @Size(max = 4000) String description,
			@NotNull LocalDate startDate, @Nullable LocalDate endDate,
			@Nullable Boolean isCurrent) implements EntryFields {

		@Override
		public void check(Problems problems) {
			problems.notBefore(startDate, endDate, "end_date", "start_date");
			problems.check(!(Boolean.TRUE.equals(isCurrent) && endDate != null), "end_date",
					"Leave end_date empty for a current position.");
		}

	}

	record View(UUID id, String companyName, String jobTitle, @Nullable String location, @Nullable String description,
			LocalDate startDate, @Nullable LocalDate endDate, boolean isCurrent) {

	}

	private String companyName;

	private String jobTitle;

	private @Nullable String location;

	private @Nullable String description;

	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Column(name = "is_current")
	private boolean current;

	protected Experience() {
		// for JPA
	}

	Experience(UUID profileId, Fields fields, Instant now) {
		super(profileId, now);
		replace(fields);
	}

	void replace(Fields fields) {
		this.companyName = fields.companyName().strip();
		this.jobTitle = fields.jobTitle().strip();
		this.location = Problems.text(fields.location());
		this.description = Problems.text(fields.description());
		this.startDate = fields.startDate();
		this.endDate = fields.endDate();
		this.current = Boolean.TRUE.equals(fields.isCurrent());
	}

	Fields fields() {
		return new Fields(companyName, jobTitle, location, description, startDate, endDate, current);
	}

	String jobTitle() {
		return jobTitle;
	}

	View view() {
		return new View(id(), companyName, jobTitle, location, description, startDate, endDate, current);
	}

}
