package io.openhire.jobs;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.jobs.JobFixtures.JOBS;
import static io.openhire.jobs.JobFixtures.company;
import static io.openhire.jobs.JobFixtures.create;
import static io.openhire.jobs.JobFixtures.job;
import static io.openhire.jobs.JobFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

/** schema.org JSON-LD on a job, the Indeed XML feed and the jobs sitemap. */
@ApiTest
class JobFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JobFeeds feeds;

	@Value("${openhire.links.base-url}")
	String baseUrl;

	@Test
	void jsonLdIsASchemaOrgJobPosting() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID job = published(mvc, owner,
				job(company, JobFixtures.category(mvc, 0)).with("title", "Night nurse")
					.with("job_type", "contract")
					.with("min_experience_years", 2)
					.with("expires_at", "2099-01-31T00:00:00Z")
					.with("application_deadline", "2099-01-15T00:00:00Z")
					.with("location",
							Map.of("address", "Main St 1", "city", "Utrecht", "region", "UT", "postal_code", "3511",
									"country", "nl"))
					.with("skills", List.of(Map.of("name", "Triage " + JobFixtures.word()))));
		MvcTestResult ld = jsonLd(job);
		assertThat(ld).hasStatusOk();
		assertThat(ld).hasContentType("application/ld+json");
		var body = assertThat(ld).bodyJson();
		body.extractingPath("$['@context']").isEqualTo("https://schema.org");
		body.extractingPath("$['@type']").isEqualTo("JobPosting");
		body.extractingPath("$.title").isEqualTo("Night nurse");
		body.extractingPath("$.description").isEqualTo("<p>Care for <b>patients</b></p>");
		body.extractingPath("$.datePosted").asString().endsWith("Z");
		body.extractingPath("$.validThrough").isEqualTo("2099-01-15T00:00:00Z");
		body.extractingPath("$.employmentType").isEqualTo("CONTRACTOR");
		body.extractingPath("$.hiringOrganization['@type']").isEqualTo("Organization");
		body.extractingPath("$.hiringOrganization.name").asString().startsWith("Jobs Co");
		body.extractingPath("$.jobLocation['@type']").isEqualTo("Place");
		body.extractingPath("$.jobLocation.address['@type']").isEqualTo("PostalAddress");
		body.extractingPath("$.jobLocation.address.streetAddress").isEqualTo("Main St 1");
		body.extractingPath("$.jobLocation.address.addressLocality").isEqualTo("Utrecht");
		body.extractingPath("$.jobLocation.address.addressRegion").isEqualTo("UT");
		body.extractingPath("$.jobLocation.address.postalCode").isEqualTo("3511");
		body.extractingPath("$.jobLocation.address.addressCountry").isEqualTo("NL");
		body.extractingPath("$.baseSalary['@type']").isEqualTo("MonetaryAmount");
		body.extractingPath("$.baseSalary.currency").isEqualTo("EUR");
		body.extractingPath("$.baseSalary.value['@type']").isEqualTo("QuantitativeValue");
		body.extractingPath("$.baseSalary.value.minValue").isEqualTo(3000);
		body.extractingPath("$.baseSalary.value.maxValue").isEqualTo(4500);
		body.extractingPath("$.baseSalary.value.unitText").isEqualTo("MONTH");
		body.extractingPath("$.identifier['@type']").isEqualTo("PropertyValue");
		body.extractingPath("$.identifier.value").isEqualTo(job.toString());
		body.extractingPath("$.skills").asArray().hasSize(1);
		body.extractingPath("$.directApply").isEqualTo(true);
		body.extractingPath("$.url").isEqualTo(baseUrl + "/jobs/" + job);
		body.extractingPath("$.experienceRequirements.monthsOfExperience").isEqualTo(24);
		assertThat(Api.<Object>read(ld, "$")).asString().doesNotContain("jobLocationType");

		// plain JSON stays the default, also for wildcards
		assertThat(Api.get(mvc, JOBS + "/" + job, null)).bodyJson().extractingPath("$.id").isEqualTo(job.toString());
		assertThat(mvc.get().uri(JOBS + "/" + job).header("Accept", "*/*").exchange())
			.hasContentType("application/json");
	}

	@Test
	void aRemoteJobIsTelecommuteWithoutSalaryWhenItHasNone() {
		SignedIn owner = users.employer();
		UUID job = published(mvc, owner,
				job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)).with("remote_option", "remote")
					.with("job_type", "internship")
					.without("salary_min")
					.without("salary_max")
					.without("salary_currency"));
		var body = assertThat(jsonLd(job)).bodyJson();
		body.extractingPath("$.jobLocationType").isEqualTo("TELECOMMUTE");
		body.extractingPath("$.applicantLocationRequirements.name").isEqualTo("NL");
		body.extractingPath("$.employmentType").isEqualTo("INTERN");
		assertThat(Api.<Object>read(jsonLd(job), "$")).asString().doesNotContain("baseSalary", "jobLocation=");
		SignedIn other = users.employer();
		UUID draft = create(mvc, other, job(company(mvc, directory, other, true), JobFixtures.category(mvc, 0)));
		assertThat(jsonLd(draft)).hasStatus(404);
	}

	@Test
	void theIndeedFeedListsOpenJobsOnly() throws Exception {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID open = published(mvc, owner,
				job(company, JobFixtures.category(mvc, 0)).with("title", "Feed <nurse> ]]> & co")
					.with("remote_option", "hybrid")
					.with("min_experience_years", 3));
		UUID draft = create(mvc, owner, job(company, JobFixtures.category(mvc, 0)));
		MvcTestResult result = mvc.get().uri("/api/v1/feeds/jobs.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/xml");
		Document feed = parse(result);
		assertThat(feed.getDocumentElement().getTagName()).isEqualTo("source");
		assertThat(text(feed.getDocumentElement(), "publisher")).isEqualTo("Openhire");
		assertThat(text(feed.getDocumentElement(), "publisherurl")).isEqualTo(baseUrl);
		Element job = jobWithReference(feed, open.toString());
		assertThat(job).isNotNull();
		assertThat(text(job, "title")).isEqualTo("Feed <nurse> ]]> & co");
		assertThat(text(job, "date")).endsWith("GMT");
		assertThat(text(job, "url")).isEqualTo(baseUrl + "/jobs/" + open);
		assertThat(text(job, "company")).startsWith("Jobs Co");
		assertThat(text(job, "city")).isEqualTo("Utrecht");
		assertThat(text(job, "country")).isEqualTo("NL");
		assertThat(text(job, "description")).isEqualTo("<p>Care for <b>patients</b></p>");
		assertThat(text(job, "salary")).isEqualTo("3000-4500 EUR per month");
		assertThat(text(job, "jobtype")).isEqualTo("fulltime");
		assertThat(text(job, "category")).isNotBlank();
		assertThat(text(job, "experience")).isEqualTo("3+ years");
		assertThat(text(job, "remotetype")).isEqualTo("Hybrid remote");
		assertThat(jobWithReference(feed, draft.toString())).isNull();
	}

	@Test
	void theSitemapListsEveryOpenJobPageWalkingThroughPages() throws Exception {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		for (int i = 0; i < 3; i++) {
			published(mvc, owner, job(company, JobFixtures.category(mvc, 0)));
		}
		MvcTestResult result = mvc.get().uri("/api/v1/sitemap-jobs.xml").exchange();
		assertThat(result).hasStatusOk();
		Document sitemap = parse(result);
		assertThat(sitemap.getDocumentElement().getTagName()).isEqualTo("urlset");
		assertThat(sitemap.getDocumentElement().getNamespaceURI())
			.isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		NodeList urls = sitemap.getElementsByTagNameNS("*", "url");
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			locations.add(text(url, "loc"));
			assertThat(text(url, "lastmod")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		}
		List<String> pagedByTwo = new ArrayList<>();
		feeds.eachOpenJob(Integer.MAX_VALUE, 2,
				(page) -> page.forEach((job) -> pagedByTwo.add(baseUrl + "/jobs/" + job.id())));
		assertThat(locations).hasSizeGreaterThanOrEqualTo(3).containsExactlyElementsOf(pagedByTwo);
		List<String> firstThree = new ArrayList<>();
		feeds.eachOpenJob(3, 2, (page) -> page.forEach((job) -> firstThree.add(baseUrl + "/jobs/" + job.id())));
		assertThat(firstThree).containsExactlyElementsOf(locations.subList(0, 3));
	}

	private MvcTestResult jsonLd(UUID job) {
		return mvc.get().uri(JOBS + "/" + job).header("Accept", "application/ld+json").exchange();
	}

	private static Document parse(MvcTestResult result) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private static Element jobWithReference(Document feed, String reference) {
		NodeList jobs = feed.getElementsByTagName("job");
		for (int i = 0; i < jobs.getLength(); i++) {
			Element job = (Element) jobs.item(i);
			if (reference.equals(text(job, "referencenumber"))) {
				return job;
			}
		}
		return null;
	}

	private static String text(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS("*", name);
		if (found.getLength() == 0) {
			found = parent.getElementsByTagName(name);
		}
		return (found.getLength() > 0) ? found.item(0).getTextContent() : null;
	}

}
