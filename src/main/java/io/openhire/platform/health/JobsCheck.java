package io.openhire.platform.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.JobStats;
import org.jobrunr.storage.StorageProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The background job store (JobRunr's tables) answers, and whether this node runs jobs.
 */
@Component
class JobsCheck implements HealthCheck {

	private final StorageProvider storage;

	private final ObjectProvider<BackgroundJobServer> server;

	JobsCheck(StorageProvider storage, ObjectProvider<BackgroundJobServer> server) {
		this.storage = storage;
		this.server = server;
	}

	@Override
	public String name() {
		return "jobs";
	}

	@Override
	public Map<String, Object> check() {
		JobStats stats = storage.getJobStats();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("enqueued", stats.getEnqueued());
		details.put("processing", stats.getProcessing());
		details.put("failed", stats.getFailed());
		BackgroundJobServer jobServer = server.getIfAvailable();
		details.put("worker", jobServer != null && jobServer.isRunning());
		return details;
	}

}
