package io.openhire.search;

import java.io.PrintStream;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar openhire.jar search reindex}: copies every published job into
 * {@code search_jobs} again (company, category and skill names as they are now) and every
 * candidate profile into {@code search_candidates}, then rebuilds both indexes from those
 * tables with Hibernate Search's mass indexer, printing progress.
 */
@Component
class ReindexCommand implements io.openhire.shared.CliCommand {

	private final Reindexing reindexing;

	ReindexCommand(Reindexing reindexing) {
		this.reindexing = reindexing;
	}

	@Override
	public String name() {
		return "search reindex";
	}

	@Override
	public String usage() {
		return "search reindex";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out) {
		try {
			Reindexing.Outcome outcome = reindexing.run(out::println);
			out.println("Reindexed " + outcome.indexed() + " documents (" + outcome.copied() + " published jobs and "
					+ outcome.candidates() + " candidate profiles copied) in " + outcome.millis() + " ms");
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			out.println("Reindexing was interrupted.");
			return 1;
		}
		catch (RuntimeException ex) {
			out.println("Reindexing failed: " + ex.getMessage());
			return 1;
		}
	}

}
