package io.openhire.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A project a candidate shows off. */
@Entity
@Table(name = "candidate_portfolio")
class PortfolioItem extends ProfileEntry {

	record Fields(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
			@Nullable @Size(max = 500) String projectUrl,
			@Nullable @Size(max = 10) List<@NotBlank @Size(max = 500) String> imageUrls,
			@Nullable @Size(max = 30) List<@NotBlank @Size(max = 50) String> technologies,
			@Nullable LocalDate projectDate, @Nullable @Size(max = 200) String clientName,
			@Nullable Boolean isFeatured) implements EntryFields {

		@Override
		public void check(Problems problems) {
			problems.webAddress(projectUrl, "project_url");
			if (imageUrls != null) {
				for (int i = 0; i < imageUrls.size(); i++) {
					problems.webAddress(imageUrls.get(i), "image_urls[" + i + "]");
				}
			}
		}

	}

	record View(UUID id, String title, @Nullable String description, @Nullable String projectUrl,
			List<String> imageUrls, List<String> technologies, @Nullable LocalDate projectDate,
			@Nullable String clientName, boolean isFeatured) {

	}

	private String title;

	private @Nullable String description;

	private @Nullable String projectUrl;

	@Convert(converter = JsonListColumn.class)
	private List<String> imageUrls = List.of();

	@Convert(converter = JsonListColumn.class)
	private List<String> technologies = List.of();

	private @Nullable LocalDate projectDate;

	private @Nullable String clientName;

	@Column(name = "is_featured")
	private boolean featured;

	protected PortfolioItem() {
		// for JPA
	}

	PortfolioItem(UUID profileId, Fields fields, Instant now) {
		super(profileId, now);
		replace(fields);
	}

	void replace(Fields fields) {
		this.title = fields.title().strip();
		this.description = Problems.text(fields.description());
		this.projectUrl = Problems.text(fields.projectUrl());
		this.imageUrls = (fields.imageUrls() != null) ? fields.imageUrls().stream().map(String::strip).toList()
				: List.of();
		this.technologies = (fields.technologies() != null)
				? fields.technologies().stream().map(String::strip).distinct().toList() : List.of();
		this.projectDate = fields.projectDate();
		this.clientName = Problems.text(fields.clientName());
		this.featured = Boolean.TRUE.equals(fields.isFeatured());
	}

	Fields fields() {
		return new Fields(title, description, projectUrl, imageUrls, technologies, projectDate, clientName, featured);
	}

	View view() {
		return new View(id(), title, description, projectUrl, imageUrls, technologies, projectDate, clientName,
				featured);
	}

}
