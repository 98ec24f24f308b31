package io.openhire.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.openhire.demo.DemoCompanies.SeededCompany;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link SeedPlan}'s worth of demo data in chunks, each chunk in its own
 * transaction (an interrupted seed leaves whole chunks), then recomputes the counters the
 * owning modules keep: published jobs per category and per company. Companies first, then
 * candidates, then jobs, each with its applicants.
 */
@Component
class DemoSeed {

	/** The password of every demo account. */
	static final String PASSWORD = "Demo-Passw0rd!";

	private static final int CHUNK = 2_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoSeed(JdbcTemplate jdbc, TransactionTemplate transactions, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.passwords = passwords;
		this.clock = clock;
	}

	SeedReport seed(SeedPlan plan, PrintStream progress) {
		long started = System.nanoTime();
		Random random = new Random(plan.seed());
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		JdbcClient client = JdbcClient.create(this.jdbc);
		Reference reference = Reference.load(client);
		DemoText text = new DemoText(random);
		String runTag = Long.toString(now.toEpochSecond() % 1_000_000, 36);
		DemoPeople people = new DemoPeople(this.jdbc, random, text, reference, this.passwords.encode(PASSWORD), runTag);
		DemoCompanies companies = new DemoCompanies(this.jdbc, random, text, people,
				new HashSet<>(client.sql("select name_key from companies").query(String.class).list()));

		List<SeededCompany> seeded = new ArrayList<>(plan.companies());
		inChunks(plan.companies(), (count) -> {
			for (int i = 0; i < count; i++) {
				seeded.add(companies.add(reference.pick(reference.cities(), random), now));
			}
			people.flushAccounts();
			companies.flush();
		}, "companies", progress);
		List<UUID> candidates = new ArrayList<>(plan.candidates());
		inChunks(plan.candidates(), (count) -> {
			for (int i = 0; i < count; i++) {
				candidates.add(people.candidate(now));
			}
			people.flushCandidates();
		}, "candidates", progress);
		DemoJobs jobs = new DemoJobs(this.jdbc, random, text, reference,
				new DemoApplications(this.jdbc, random, candidates));
		inChunks(plan.jobs(), (count) -> {
			for (int i = 0; i < count; i++) {
				jobs.add(seeded.get(random.nextInt(seeded.size())), now);
			}
			jobs.flush();
		}, "jobs and applications", progress);
		this.transactions.executeWithoutResult((status) -> recount());
		// fresh statistics, so that the first queries on the new rows get the plans they
		// will
		// keep (PostgreSQL otherwise plans with the old, near-empty tables until
		// autovacuum)
		this.jdbc.execute("analyze");
		List<RowBatch> batches = new ArrayList<>(people.batches());
		batches.addAll(companies.batches());
		batches.addAll(jobs.batches());
		return new SeedReport(batches, (System.nanoTime() - started) / 1_000_000);
	}

	private void inChunks(int total, ChunkWriter writer, String what, PrintStream progress) {
		for (int done = 0; done < total; done += CHUNK) {
			int count = Math.min(CHUNK, total - done);
			this.transactions.executeWithoutResult((status) -> writer.write(count));
			progress.printf("  %s: %d/%d%n", what, done + count, total);
		}
	}

	/**
	 * Published jobs per category and per company, counted once and written in batches.
	 */
	private void recount() {
		recount("catalog_categories", "job_count", "category_id");
		recount("companies", "open_jobs", "company_id");
	}

	private void recount(String table, String column, String jobColumn) {
		this.jdbc.update("update " + table + " set " + column + " = 0 where " + column + " <> 0");
		List<Object[]> counts = this.jdbc.query(
				"select count(*), " + jobColumn + " from jobs where status = 'PUBLISHED' group by " + jobColumn,
				(rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2) });
		this.jdbc.batchUpdate("update " + table + " set " + column + " = ? where id = ?", counts);
	}

	@FunctionalInterface
	private interface ChunkWriter {

		void write(int count);

	}

	/** Rows written per table and how long it took. */
	record SeedReport(List<RowBatch> batches, long millis) {

		void print(PrintStream out) {
			this.batches.stream()
				.filter((batch) -> batch.written() > 0)
				.forEach((batch) -> out.printf("  %-20s %,10d rows%n", batch.table(), batch.written()));
			out.printf("Seeded in %.1f s. Every demo account's password is %s%n", this.millis / 1000.0, PASSWORD);
		}

	}

}
