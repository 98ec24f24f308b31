package io.openhire.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog rows demo data refers to: categories with their top-level family, approved
 * skills by kind, and cities. Read once per seed.
 */
record Reference(List<Category> categories, Map<String, List<Skill>> skillsByKind, List<City> cities) {

	/** Which kinds of catalog skills a job of each top-level category asks for. */
	private static final Map<String, List<String>> SKILL_KINDS = Map.ofEntries(
			Map.entry("Healthcare", List.of("clinical", "clinical", "soft", "language")),
			Map.entry("Technology", List.of("technical", "tool", "technical", "soft")),
			Map.entry("Skilled Trades", List.of("trade", "tool", "soft")),
			Map.entry("Hospitality", List.of("hospitality", "soft", "language")),
			Map.entry("Administration and Office", List.of("administrative", "tool", "soft")),
			Map.entry("Sales and Marketing", List.of("business", "tool", "soft", "language")),
			Map.entry("Logistics and Transport", List.of("trade", "administrative", "soft")),
			Map.entry("Education", List.of("soft", "language", "administrative")),
			Map.entry("Engineering", List.of("technical", "tool", "trade")),
			Map.entry("Manufacturing and Production", List.of("trade", "tool", "soft")),
			Map.entry("Public Sector and Nonprofit", List.of("administrative", "business", "soft")),
			Map.entry("Cleaning and Facilities", List.of("trade", "hospitality", "soft")),
			Map.entry("Security Services", List.of("other", "soft", "trade")));

	static Reference load(JdbcClient jdbc) {
		Map<UUID, CategoryRow> rows = new HashMap<>();
		jdbc.sql("select id, name, parent_id from catalog_categories")
			.query((rs, n) -> new CategoryRow(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, UUID.class)))
			.list()
			.forEach((row) -> rows.put(row.id(), row));
		List<Category> categories = rows.values()
			.stream()
			.map((row) -> new Category(row.id(), row.name(), rootOf(row, rows)))
			.sorted((a, b) -> a.id().compareTo(b.id()))
			.toList();
		Map<String, List<Skill>> skills = new HashMap<>();
		jdbc.sql("select id, name, category from catalog_skills where status = 'approved' order by id")
			.query((rs, n) -> new Skill(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list()
			.forEach((skill) -> skills.computeIfAbsent(skill.kind(), (kind) -> new java.util.ArrayList<>()).add(skill));
		List<City> cities = jdbc
			.sql("select city, region, country, latitude, longitude from catalog_locations order by place_key")
			.query((rs, n) -> new City(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
					rs.getDouble(5)))
			.list();
		if (categories.isEmpty() || skills.isEmpty() || cities.isEmpty()) {
			throw new IllegalStateException("The catalog is empty: demo data needs its categories, skills and cities");
		}
		return new Reference(categories, skills, cities);
	}

	private static String rootOf(CategoryRow row, Map<UUID, CategoryRow> rows) {
		CategoryRow current = row;
		while (current.parentId() != null && rows.containsKey(current.parentId())) {
			current = rows.get(current.parentId());
		}
		return current.name();
	}

	<T> T pick(List<T> values, RandomGenerator random) {
		return values.get(random.nextInt(values.size()));
	}

	/** Skills fitting a job of the category, distinct, {@code count} at most. */
	List<Skill> skillsFor(Category category, int count, RandomGenerator random) {
		List<String> kinds = SKILL_KINDS.getOrDefault(category.root(), List.of("soft", "business"));
		Map<UUID, Skill> chosen = new java.util.LinkedHashMap<>();
		for (int attempt = 0; attempt < count * 3 && chosen.size() < count; attempt++) {
			List<Skill> ofKind = this.skillsByKind.get(kinds.get(attempt % kinds.size()));
			if (ofKind != null) {
				Skill skill = pick(ofKind, random);
				chosen.putIfAbsent(skill.id(), skill);
			}
		}
		return List.copyOf(chosen.values());
	}

	Category healthcareOr(Category fallback, RandomGenerator random) {
		List<Category> healthcare = this.categories.stream().filter((c) -> c.root().equals("Healthcare")).toList();
		return healthcare.isEmpty() ? fallback : pick(healthcare, random);
	}

	record Category(UUID id, String name, String root) {
	}

	record Skill(UUID id, String name, String kind) {
	}

	record City(String name, @Nullable String region, String country, double latitude, double longitude) {
	}

	private record CategoryRow(UUID id, String name, @Nullable UUID parentId) {
	}

}
