package io.openhire.profiles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A school, course or degree on a candidate profile. */
@Entity
@Table(name = "candidate_education")
class Education extends ProfileEntry {

	record Fields(@NotBlank @Size(max = 200) String institution, @Nullable @Size(max = 150) String degree,
			@Nullable @Size(max = 150) String fieldOfStudy, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
			@Nullable Boolean isCurrent,
			@Nullable @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 2) BigDecimal gpa,
			@Nullable @Size(max = 2000) String description) implements EntryFields {

		@Override
		public void check(Problems problems) {
			problems.notBefore(startDate, endDate, "end_date", "start_date");
		}

	}

	record View(UUID id, String institution, @Nullable String degree, @Nullable String fieldOfStudy,
			@Nullable LocalDate startDate, @Nullable LocalDate endDate, boolean isCurrent, @Nullable BigDecimal gpa,
			@Nullable String description) {

	}

	private String institution;

	private @Nullable String degree;

	private @Nullable String fieldOfStudy;

	private @Nullable LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Column(name = "is_current")
	private boolean current;

	private @Nullable BigDecimal gpa;

	private @Nullable String description;

	protected Education() {
		// for JPA
	}

	Education(UUID profileId, Fields fields, Instant now) {
		super(profileId, now);
		replace(fields);
	}

	void replace(Fields fields) {
		this.institution = fields.institution().strip();
		this.degree = Problems.text(fields.degree());
		this.fieldOfStudy = Problems.text(fields.fieldOfStudy());
		this.startDate = fields.startDate();
		this.endDate = fields.endDate();
		this.current = Boolean.TRUE.equals(fields.isCurrent());
		this.gpa = fields.gpa();
		this.description = Problems.text(fields.description());
	}

	Fields fields() {
		return new Fields(institution, degree, fieldOfStudy, startDate, endDate, current, gpa, description);
	}

	View view() {
		return new View(id(), institution, degree, fieldOfStudy, startDate, endDate, current, gpa, description);
	}

}
