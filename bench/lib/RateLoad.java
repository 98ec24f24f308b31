import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends GET requests at a fixed rate, each to the next URL of a list, and prints the latency
 * distribution: an open-loop load (a slow answer does not slow the sending), where hey or wrk
 * repeat one URL. Each request's latency counts from the moment it was due, so time spent
 * waiting to be sent counts too (no coordinated omission).
 *
 * <pre>java bench/lib/RateLoad.java RATE SECONDS URL_FILE [WARMUP_SECONDS]</pre>
 *
 * Prints {@code requests: N (R/s), non-200: K} and {@code p50 … ms, p90 … ms, p99 … ms, max … ms}.
 */
public class RateLoad {

	public static void main(String[] args) throws Exception {
		int rate = Integer.parseInt(args[0]);
		int seconds = Integer.parseInt(args[1]);
		List<String> urls = Files.readAllLines(Path.of(args[2])).stream().filter((url) -> !url.isBlank()).toList();
		int warmup = (args.length > 3) ? Integer.parseInt(args[3]) : 0;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		if (warmup > 0) {
			run(client, urls, rate, warmup, 0);
		}
		Result result = run(client, urls, rate, seconds, warmup * rate);
		long[] ms = result.micros;
		Arrays.sort(ms);
		int n = ms.length;
		System.out.printf("requests: %d (%.1f/s), non-200: %d%n", n, (double) n / seconds, result.failed);
		System.out.printf("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", at(ms, 0.50), at(ms, 0.90),
				at(ms, 0.99), ms[n - 1] / 1000.0);
		System.exit(0);
	}

	private record Result(long[] micros, int failed) {

	}

	private static Result run(HttpClient client, List<String> urls, int rate, int seconds, int firstUrl)
			throws InterruptedException {
		int total = rate * seconds;
		long[] micros = new long[total];
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		long interval = 1_000_000_000L / rate;
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			int slot = i;
			HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get((firstUrl + i) % urls.size())))
				.timeout(Duration.ofSeconds(30))
				.build();
			client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
				micros[slot] = Math.max(1, (System.nanoTime() - due) / 1000);
				if (error != null || response.statusCode() != 200) {
					failed.incrementAndGet();
				}
				done.incrementAndGet();
			});
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (done.get() < total && System.nanoTime() < deadline) {
			LockSupport.parkNanos(1_000_000);
		}
		// unanswered within a minute: failed, and not in the distribution
		return new Result(Arrays.stream(micros).filter((m) -> m > 0).toArray(), failed.get() + (total - done.get()));
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1000.0;
	}

}
