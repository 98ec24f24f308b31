package io.openhire.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A published job as the search index holds it (table {@code search_jobs}, index
 * {@code jobs}). Texts are indexed several times: stemmed English (the main fields),
 * stemmed Dutch ({@code text_nl}; jobs carry no language, so every job gets both),
 * unstemmed words for did-you-mean ({@code *_vocabulary}). Suggestions are not read from
 * the index ({@link SuggestionCatalog}). See {@code docs/search.md}.
 */
@Entity
@Table(name = "search_jobs")
@Indexed(index = "jobs")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
class JobDocument {

	@Id
	private UUID id;

	/**
	 * Checked on every write: a refresh that read an older copy fails instead of writing
	 * over a newer one ({@link JobProjection#refresh}).
	 */
	@Version
	private @Nullable Long version;

	@KeywordField(name = "company", aggregable = Aggregable.YES)
	private UUID companyId;

	@FullTextField(name = "company_name", analyzer = JobAnalysis.ENGLISH)
	private String companyName;

	@KeywordField(name = "company_type")
	private String companyType;

	@KeywordField(name = "facility_type")
	private @Nullable String facilityType;

	@KeywordField(name = "category", aggregable = Aggregable.YES)
	private UUID categoryId;

	private @Nullable String categoryName;

	@FullTextField(analyzer = JobAnalysis.ENGLISH, projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@FullTextField(name = "title_vocabulary", analyzer = JobAnalysis.VOCABULARY)
	private String title;

	/** Plain text (the job's description without its HTML). */
	@FullTextField(analyzer = JobAnalysis.ENGLISH, projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String description;

	private @Nullable String address;

	@KeywordField(name = "city", aggregable = Aggregable.YES)
	private @Nullable String city;

	@KeywordField(name = "city_key")
	private @Nullable String cityKey;

	private @Nullable String region;

	private @Nullable String postalCode;

	@KeywordField(name = "country")
	private @Nullable String country;

	@Latitude
	private @Nullable Double latitude;

	@Longitude
	private @Nullable Double longitude;

	@KeywordField(name = "remote_option", aggregable = Aggregable.YES)
	private String remoteOption;

	@KeywordField(name = "job_type", aggregable = Aggregable.YES)
	private String jobType;

	@KeywordField(name = "experience_level", aggregable = Aggregable.YES)
	private String experienceLevel;

	@GenericField(name = "salary_min")
	private @Nullable Integer salaryMin;

	@GenericField(name = "salary_max", sortable = Sortable.YES)
	private @Nullable Integer salaryMax;

	/** The most the job may pay: its maximum, or its minimum when it has no maximum. */
	@GenericField(name = "salary_top", aggregable = Aggregable.YES)
	private @Nullable Integer salaryTop;

	@KeywordField(name = "currency")
	private @Nullable String salaryCurrency;

	private @Nullable String salaryPeriod;

	private @Nullable Instant applicationDeadline;

	private @Nullable Instant expiresAt;

	/** The earlier of {@code expires_at} and {@code application_deadline}. */
	@GenericField(name = "open_until")
	private @Nullable Instant openUntil;

	@GenericField(name = "featured")
	private boolean featured;

	@GenericField(name = "published_at", sortable = Sortable.YES)
	private Instant publishedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "search_job_skills", joinColumns = @JoinColumn(name = "job_id"))
	@OrderColumn(name = "list_index")
	@IndexedEmbedded
	private List<IndexedSkill> skills = new ArrayList<>();

	protected JobDocument() {
		// for JPA
	}

	/**
	 * Title, description and skill names in one English field: a search selects with it,
	 * its Dutch twin and the company name, and scores a match in it at the description's
	 * weight, adding title and skill matches from their own fields
	 * ({@link JobPredicates}). The company name stays out, so that it weighs less than
	 * the description.
	 */
	@FullTextField(name = "text", analyzer = JobAnalysis.ENGLISH)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath({ @PropertyValue(propertyName = "skills"), @PropertyValue(propertyName = "name") }) })
	List<String> getText() {
		List<String> texts = new ArrayList<>(List.of(title, description));
		skills.forEach((skill) -> texts.add(skill.name()));
		return texts;
	}

	/** Title and description stemmed in Dutch (jobs carry no language). */
	@FullTextField(name = "text_nl", analyzer = JobAnalysis.DUTCH)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "description")) })
	List<String> getTextNl() {
		return List.of(title, description);
	}

	JobDocument(UUID id) {
		this.id = id;
	}

	/** Takes over every field of the job as it is now. */
	void copy(JobFields fields) {
		var job = fields.job();
		this.companyId = job.companyId();
		this.companyName = fields.companyName();
		this.companyType = fields.companyType();
		this.facilityType = fields.facilityType();
		this.categoryId = job.categoryId();
		this.categoryName = fields.categoryName();
		this.title = job.title();
		this.description = fields.plainDescription();
		this.address = job.address();
		this.city = job.city();
		this.cityKey = (job.city() != null) ? JobFields.key(job.city()) : null;
		this.region = job.region();
		this.postalCode = job.postalCode();
		this.country = job.country();
		this.latitude = job.latitude();
		this.longitude = job.longitude();
		this.remoteOption = job.remoteOption();
		this.jobType = job.jobType();
		this.experienceLevel = job.experienceLevel();
		this.salaryMin = job.salaryMin();
		this.salaryMax = job.salaryMax();
		this.salaryTop = (job.salaryMax() != null) ? job.salaryMax() : job.salaryMin();
		this.salaryCurrency = job.salaryCurrency();
		this.salaryPeriod = job.salaryPeriod();
		this.applicationDeadline = job.applicationDeadline();
		this.expiresAt = job.expiresAt();
		this.openUntil = earlier(job.expiresAt(), job.applicationDeadline());
		this.featured = job.featured();
		this.publishedAt = (job.publishedAt() != null) ? job.publishedAt() : job.updatedAt();
		this.createdAt = job.createdAt();
		this.updatedAt = job.updatedAt();
		this.skills.clear();
		this.skills.addAll(fields.skills());
	}

	private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isBefore(b)) ? a : b;
	}

	// @formatter:off
	UUID id() { return id; }
	@Nullable Long version() { return version; }
	UUID companyId() { return companyId; }
	String companyName() { return companyName; }
	UUID categoryId() { return categoryId; }
	@Nullable String categoryName() { return categoryName; }
	String title() { return title; }
	String description() { return description; }
	@Nullable String address() { return address; }
	@Nullable String city() { return city; }
	@Nullable String region() { return region; }
	@Nullable String postalCode() { return postalCode; }
	@Nullable String country() { return country; }
	@Nullable Double latitude() { return latitude; }
	@Nullable Double longitude() { return longitude; }
	String remoteOption() { return remoteOption; }
	String jobType() { return jobType; }
	String experienceLevel() { return experienceLevel; }
	@Nullable Integer salaryMin() { return salaryMin; }
	@Nullable Integer salaryMax() { return salaryMax; }
	@Nullable String salaryCurrency() { return salaryCurrency; }
	@Nullable String salaryPeriod() { return salaryPeriod; }
	@Nullable Instant applicationDeadline() { return applicationDeadline; }
	@Nullable Instant expiresAt() { return expiresAt; }
	boolean featured() { return featured; }
	Instant publishedAt() { return publishedAt; }
	Instant createdAt() { return createdAt; }
	List<IndexedSkill> skills() { return List.copyOf(skills); }
	// @formatter:on

}
