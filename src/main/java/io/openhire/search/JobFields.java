package io.openhire.search;

import java.util.List;
import java.util.Locale;

import io.openhire.jobs.JobSnapshots;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;

/**
 * A job with what other modules say about it, ready to be copied into a
 * {@link JobDocument}.
 */
record JobFields(JobSnapshots.Snapshot job, String companyName, String companyType, @Nullable String facilityType,
		@Nullable String categoryName, List<IndexedSkill> skills) {

	String plainDescription() {
		return Jsoup.parse(job.description()).text();
	}

	static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
