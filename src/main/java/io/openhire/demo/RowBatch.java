package io.openhire.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.Assert;

/**
 * Rows for one table, written with one JDBC batch when {@link #flush() flushed}. Batches
 * are flushed parents first (companies before their members, jobs before their skills),
 * so rows are only collected here, never written on their own.
 */
final class RowBatch {

	private final JdbcTemplate jdbc;

	private final String table;

	private final String sql;

	private final int columns;

	private final List<@Nullable Object[]> rows = new ArrayList<>();

	private long written;

	RowBatch(JdbcTemplate jdbc, String table, String... columns) {
		this.jdbc = jdbc;
		this.table = table;
		this.columns = columns.length;
		this.sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
	}

	void add(@Nullable Object... values) {
		Assert.isTrue(values.length == this.columns, () -> this.table + " takes " + this.columns + " values");
		this.rows.add(values);
	}

	void flush() {
		if (this.rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(this.sql, this.rows);
		this.written += this.rows.size();
		this.rows.clear();
	}

	String table() {
		return this.table;
	}

	long written() {
		return this.written;
	}

}
