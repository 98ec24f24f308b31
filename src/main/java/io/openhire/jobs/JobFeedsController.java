package io.openhire.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published jobs for job boards and search engines: the Indeed XML feed and a sitemap,
 * written to the response as the pages of jobs are read ({@link JobFeeds}).
 */
@RestController
@Tag(name = "Jobs")
class JobFeedsController {

	/** A sitemap holds at most 50,000 URLs (sitemaps.org). */
	static final int SITEMAP_LIMIT = 50_000;

	private static final String XML = "application/xml;charset=UTF-8";

	private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private final JobFeeds feeds;

	private final JobLinks links;

	JobFeedsController(JobFeeds feeds, JobLinks links) {
		this.feeds = feeds;
		this.links = links;
	}

	@GetMapping("/api/v1/feeds/jobs.xml")
	@Operation(summary = "Every published, open job in the Indeed XML feed format; public")
	void indeed(HttpServletResponse response) throws IOException {
		write(response, (xml) -> {
			xml.writeStartElement("source");
			element(xml, "publisher", "Openhire");
			element(xml, "publisherurl", links.base());
			feeds.eachOpenJob(Integer.MAX_VALUE, (page) -> page.forEach((job) -> unchecked(() -> indeedJob(xml, job))));
			xml.writeEndElement();
		});
	}

	@GetMapping("/api/v1/sitemap-jobs.xml")
	@Operation(summary = "Sitemap (sitemaps.org) of the pages of published, open jobs; public")
	void sitemap(HttpServletResponse response) throws IOException {
		write(response, (xml) -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
			feeds.eachOpenJob(SITEMAP_LIMIT, (page) -> page.forEach((job) -> unchecked(() -> {
				xml.writeStartElement("url");
				text(xml, "loc", links.page(job.id()));
				text(xml, "lastmod", job.updatedAt().toString());
				xml.writeEndElement();
			})));
			xml.writeEndElement();
		});
	}

	private void indeedJob(XMLStreamWriter xml, JobView job) throws XMLStreamException {
		xml.writeStartElement("job");
		element(xml, "title", job.title());
		element(xml, "date", RFC_1123.format((job.publishedAt() != null) ? job.publishedAt() : job.createdAt()));
		element(xml, "referencenumber", job.id().toString());
		element(xml, "url", links.page(job.id()));
		element(xml, "company", (job.company() != null) ? job.company().name() : null);
		JobDetails.Location location = job.location();
		element(xml, "city", (location != null) ? location.city() : null);
		element(xml, "state", (location != null) ? location.region() : null);
		element(xml, "country", (location != null) ? location.country() : null);
		element(xml, "postalcode", (location != null) ? location.postalCode() : null);
		element(xml, "description", job.description());
		element(xml, "salary", salary(job));
		element(xml, "jobtype", jobType(job.jobType()));
		element(xml, "category", (job.category() != null) ? job.category().name() : null);
		element(xml, "experience", (job.minExperienceYears() != null) ? job.minExperienceYears() + "+ years"
				: job.experienceLevel().value());
		element(xml, "remotetype", switch (job.remoteOption()) {
			case REMOTE -> "Fully remote";
			case HYBRID -> "Hybrid remote";
			case ON_SITE -> null;
		});
		xml.writeEndElement();
	}

	/** {@code 3000-4500 EUR per month}; null without a salary. */
	static @Nullable String salary(JobView job) {
		if (job.salaryCurrency() == null || (job.salaryMin() == null && job.salaryMax() == null)) {
			return null;
		}
		String amount = (job.salaryMin() != null && job.salaryMax() != null && !job.salaryMin().equals(job.salaryMax()))
				? job.salaryMin() + "-" + job.salaryMax()
				: String.valueOf((job.salaryMin() != null) ? job.salaryMin() : job.salaryMax());
		String per = switch ((job.salaryPeriod() != null) ? job.salaryPeriod() : SalaryPeriod.YEARLY) {
			case HOURLY -> "hour";
			case DAILY -> "day";
			case MONTHLY -> "month";
			case YEARLY -> "year";
		};
		return amount + " " + job.salaryCurrency() + " per " + per;
	}

	/** Indeed's job types: fulltime, parttime, contract, internship, temporary. */
	static String jobType(JobType type) {
		return switch (type) {
			case FULL_TIME -> "fulltime";
			case PART_TIME -> "parttime";
			case CONTRACT, FREELANCE -> "contract";
			case INTERNSHIP -> "internship";
			case TEMPORARY -> "temporary";
		};
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private interface Step {

		void run() throws XMLStreamException;

	}

	private static void write(HttpServletResponse response, Body body) throws IOException {
		response.setContentType(XML);
		OutputStream out = response.getOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static void unchecked(Step step) {
		try {
			step.run();
		}
		catch (XMLStreamException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	/** An element with its text as CDATA, as Indeed's feeds have them; none for null. */
	private static void element(XMLStreamWriter xml, String name, @Nullable String value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement(name);
		xml.writeCData(clean(value).replace("]]>", "]]]]><![CDATA[>"));
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	/** Drops the control characters XML 1.0 cannot carry. */
	private static String clean(String value) {
		return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
	}

}
