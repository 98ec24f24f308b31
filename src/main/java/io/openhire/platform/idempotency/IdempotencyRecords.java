package io.openhire.platform.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.Ids;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_keys} table. A claim is an insert that the unique scope hash
 * lets only one request win, on any node; each statement commits on its own, so a claim
 * is visible to other requests before the endpoint runs.
 */
@Repository
class IdempotencyRecords {

	/** How long a key means the same operation. */
	static final Duration RETENTION = Duration.ofHours(24);

	/**
	 * After this long a claim that never finished is taken to be abandoned (its node
	 * stopped mid-request), and the key may be claimed again.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

	private static final String IN_PROGRESS = "in_progress";

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Claim claim(IdempotencyScope scope, String requestHash) {
		String scopeHash = scope.hash();
		// a second round only when the first found a stale row and removed it
		for (int round = 0; round < 2; round++) {
			Instant now = clock.instant();
			UUID id = Ids.newId();
			try {
				jdbc.sql("""
						insert into idempotency_keys (id, scope_hash, caller, request_method, request_path,
						    idempotency_key, request_hash, status, created_at)
						values (?, ?, ?, ?, ?, ?, ?, 'in_progress', ?)""")
					.params(id, scopeHash, scope.caller(), scope.method(), scope.path(), scope.key(), requestHash,
							utc(now))
					.update();
				return new Claim.Claimed(id);
			}
			catch (DuplicateKeyException taken) {
				Optional<Existing> existing = find(scopeHash);
				if (existing.isEmpty()) {
					continue;
				}
				Existing earlier = existing.get();
				if (earlier.isStale(now)) {
					removeIfStale(earlier.id(), now);
					continue;
				}
				return earlier.answer(requestHash);
			}
		}
		// another request took the key over between our rounds
		return new Claim.InProgress();
	}

	void complete(UUID id, StoredResponse response) {
		jdbc.sql("""
				update idempotency_keys set status = 'completed', response_status = ?, content_type = ?,
				    location = ?, response_body = ?
				where id = ?""")
			.params(response.status(), response.contentType(), response.location(), response.body(), id)
			.update();
	}

	void release(UUID id) {
		jdbc.sql("delete from idempotency_keys where id = ? and status = 'in_progress'").param(id).update();
	}

	int deleteExpired() {
		return jdbc.sql("delete from idempotency_keys where created_at < ?")
			.param(utc(clock.instant().minus(RETENTION)))
			.update();
	}

	private Optional<Existing> find(String scopeHash) {
		return jdbc.sql("""
				select id, request_hash, status, response_status, content_type, location, response_body,
				    created_at
				from idempotency_keys where scope_hash = ?""").param(scopeHash).query(Existing::of).optional();
	}

	private void removeIfStale(UUID id, Instant now) {
		jdbc.sql("""
				delete from idempotency_keys
				where id = ? and (created_at < ? or (status = 'in_progress' and created_at < ?))""")
			.params(id, utc(now.minus(RETENTION)), utc(now.minus(ABANDONED_AFTER)))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Existing(UUID id, String requestHash, boolean inProgress, StoredResponse response,
			Instant createdAt) {

		static Existing of(ResultSet row, int index) throws SQLException {
			byte[] body = row.getBytes("response_body");
			StoredResponse response = new StoredResponse(row.getInt("response_status"), row.getString("content_type"),
					row.getString("location"), (body != null) ? body : new byte[0]);
			return new Existing(row.getObject("id", UUID.class), row.getString("request_hash"),
					IN_PROGRESS.equals(row.getString("status")), response,
					row.getObject("created_at", OffsetDateTime.class).toInstant());
		}

		boolean isStale(Instant now) {
			return createdAt.isBefore(now.minus(RETENTION))
					|| (inProgress && createdAt.isBefore(now.minus(ABANDONED_AFTER)));
		}

		Claim answer(String hash) {
			if (!requestHash.equals(hash)) {
				return new Claim.Reused();
			}
			return inProgress ? new Claim.InProgress() : new Claim.Replay(response);
		}

	}

}
