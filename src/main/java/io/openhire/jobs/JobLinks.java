package io.openhire.jobs;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a job's public page is: {@code <openhire.links.base-url>/jobs/<id>}, the base
 * being {@code OPENHIRE_PUBLIC_URL} (the front end), as for the links in emails.
 */
@Component
class JobLinks {

	private final String baseUrl;

	JobLinks(@Value("${openhire.links.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String page(UUID jobId) {
		return baseUrl + "/jobs/" + jobId;
	}

	String base() {
		return baseUrl;
	}

}
