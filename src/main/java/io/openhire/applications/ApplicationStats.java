package io.openhire.applications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.jobs.JobPostings;
import io.openhire.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /applications/stats}: a candidate's applications counted by status; for an
 * employer (admins: everything) also the funnel of each job and the time from applying to
 * being hired, in days.
 */
@Service
@Transactional(readOnly = true)
class ApplicationStats {

	private final Applications applications;

	private final ApplicationQueries queries;

	private final JobPostings postings;

	ApplicationStats(Applications applications, ApplicationQueries queries, JobPostings postings) {
		this.applications = applications;
		this.queries = queries;
		this.postings = postings;
	}

	/** A candidate's numbers. */
	record CandidateStats(long total, Map<String, Long> byStatus) {

	}

	/** A company side's numbers. */
	record EmployerStats(long total, Map<String, Long> byStatus, List<JobFunnel> jobs, TimeToHire timeToHire) {

	}

	/** How many of a job's applications stand at each status. */
	record JobFunnel(ApplicationView.JobItem job, long total, Map<String, Long> byStatus) {

	}

	/** Days from applying to being hired, over every hired application. */
	record TimeToHire(long hired, @Nullable Double averageDays, @Nullable Double medianDays) {

	}

	Object of(CurrentUser caller) {
		if (caller.isCandidate()) {
			Map<String, Long> byStatus = zeros();
			applications.countByStatusOfCandidate(caller.id())
				.forEach((row) -> byStatus.put(((ApplicationStatus) row[0]).value(), (Long) row[1]));
			return new CandidateStats(sum(byStatus), byStatus);
		}
		boolean all = caller.isAdmin();
		List<UUID> companyIds = all ? List.of() : queries.companyIds(caller);
		if (!all && companyIds.isEmpty()) {
			return new EmployerStats(0, zeros(), List.of(), new TimeToHire(0, null, null));
		}
		List<UUID> scope = companyIds.isEmpty() ? List.of(UUID.randomUUID()) : companyIds;
		Map<String, Long> byStatus = zeros();
		Map<UUID, Map<String, Long>> perJob = new LinkedHashMap<>();
		for (Object[] row : applications.countByJobAndStatus(all, scope)) {
			String status = ((ApplicationStatus) row[1]).value();
			long count = (Long) row[2];
			byStatus.merge(status, count, Long::sum);
			perJob.computeIfAbsent((UUID) row[0], (id) -> zeros()).merge(status, count, Long::sum);
		}
		Map<UUID, JobPostings.Reference> jobs = postings.references(perJob.keySet());
		List<JobFunnel> funnels = new ArrayList<>();
		perJob.forEach((id, counts) -> funnels
			.add(new JobFunnel(new ApplicationView.JobItem(id, jobs.containsKey(id) ? jobs.get(id).title() : ""),
					sum(counts), counts)));
		funnels.sort(Comparator.comparingLong(JobFunnel::total).reversed());
		return new EmployerStats(sum(byStatus), byStatus, funnels, timeToHire(applications.hireTimes(all, scope)));
	}

	static TimeToHire timeToHire(List<Object[]> rows) {
		List<Double> days = rows.stream()
			.map((row) -> Duration.between((Instant) row[0], (Instant) row[1]).toMinutes() / (24.0 * 60))
			.sorted()
			.toList();
		if (days.isEmpty()) {
			return new TimeToHire(0, null, null);
		}
		double average = days.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		int middle = days.size() / 2;
		double median = (days.size() % 2 == 1) ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2;
		return new TimeToHire(days.size(), round(average), round(median));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static Map<String, Long> zeros() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status.value(), 0L);
		}
		return counts;
	}

	private static long sum(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
