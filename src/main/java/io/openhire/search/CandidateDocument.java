package io.openhire.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.openhire.profiles.CandidateSnapshots;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A candidate profile as the search index holds it (table {@code search_candidates},
 * index {@code candidates}): its texts with the English analyzer of the job index, and
 * the fields {@code GET /candidates} filters and sorts on. Every profile has one, private
 * ones included. See {@code docs/search.md}.
 */
@Entity
@Table(name = "search_candidates")
@Indexed(index = "candidates")
@GeoPointBinding(fieldName = "location")
class CandidateDocument {

	@Id
	@KeywordField(name = "id_key", sortable = Sortable.YES)
	private UUID id;

	@FullTextField(analyzer = JobAnalysis.ENGLISH)
	private @Nullable String headline;

	@FullTextField(analyzer = JobAnalysis.ENGLISH)
	private @Nullable String bio;

	@FullTextField(name = "desired_role", analyzer = JobAnalysis.ENGLISH)
	private @Nullable String desiredRole;

	/** The job titles of the experience entries, one a line. */
	@FullTextField(name = "experience_titles", analyzer = JobAnalysis.ENGLISH)
	private @Nullable String experienceTitles;

	/** The catalog names of the skills, one a line. */
	@FullTextField(name = "skill_names", analyzer = JobAnalysis.ENGLISH)
	private @Nullable String skillNames;

	private @Nullable String city;

	@KeywordField(name = "city_key")
	private @Nullable String cityKey;

	private @Nullable String region;

	@KeywordField(name = "region_key")
	private @Nullable String regionKey;

	@KeywordField(name = "country")
	private @Nullable String country;

	@Latitude
	private @Nullable Double latitude;

	@Longitude
	private @Nullable Double longitude;

	@GenericField(name = "years_of_experience")
	private @Nullable Integer yearsOfExperience;

	@KeywordField(name = "availability")
	private @Nullable String availabilityStatus;

	@GenericField(name = "open_to_remote")
	private boolean openToRemote;

	@KeywordField(name = "visibility")
	private String visibility;

	@GenericField(name = "updated_at", sortable = Sortable.YES)
	private Instant updatedAt;

	/**
	 * Null until the copy is first stored, so that Spring Data persists a new copy (an
	 * insert, which fails if another refresh stored one meanwhile) instead of merging it
	 * onto that one unchecked.
	 */
	@Version
	private @Nullable Long version;

	@ElementCollection
	@CollectionTable(name = "search_candidate_skills", joinColumns = @JoinColumn(name = "candidate_id"))
	@OrderColumn(name = "list_index")
	@IndexedEmbedded(structure = ObjectStructure.NESTED)
	private List<CandidateSkill> skills = new ArrayList<>();

	protected CandidateDocument() {
		// for JPA
	}

	CandidateDocument(UUID id) {
		this.id = id;
	}

	/** Takes over every field of the profile as it is now. */
	void copy(CandidateSnapshots.Snapshot profile) {
		this.headline = profile.headline();
		this.bio = profile.bio();
		this.desiredRole = profile.desiredRole();
		this.experienceTitles = lines(profile.experienceTitles());
		this.skillNames = lines(profile.skills().stream().map(CandidateSnapshots.Skill::name).toList());
		this.city = profile.city();
		this.cityKey = (profile.city() != null) ? JobFields.key(profile.city()) : null;
		this.region = profile.region();
		this.regionKey = (profile.region() != null) ? JobFields.key(profile.region()) : null;
		this.country = profile.country();
		this.latitude = profile.latitude();
		this.longitude = profile.longitude();
		this.yearsOfExperience = profile.yearsOfExperience();
		this.availabilityStatus = profile.availabilityStatus();
		this.openToRemote = profile.openToRemote();
		this.visibility = profile.visibility();
		this.updatedAt = profile.updatedAt();
		this.skills.clear();
		profile.skills().forEach((skill) -> this.skills.add(new CandidateSkill(skill.skillId(), skill.level())));
	}

	private static @Nullable String lines(List<@Nullable String> texts) {
		List<String> lines = texts.stream().filter(Objects::nonNull).toList();
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	UUID id() {
		return id;
	}

	@Nullable Long version() {
		return version;
	}

}
