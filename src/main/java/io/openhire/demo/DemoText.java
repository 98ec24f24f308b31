package io.openhire.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import net.datafaker.Faker;

import io.openhire.demo.Reference.Category;
import io.openhire.demo.Reference.Skill;

/**
 * Names and texts of demo data. Datafaker fills pools once (it is too slow to call for
 * every one of a million rows); rows then combine pooled values with the seeded random.
 */
final class DemoText {

	private static final int POOL = 400;

	/**
	 * What people in a top-level category are called; titles combine them with the
	 * category.
	 */
	private static final Map<String, List<String>> ROLES = Map.ofEntries(
			Map.entry("Healthcare", List.of("Nurse", "Specialist", "Practitioner", "Technician", "Assistant")),
			Map.entry("Technology", List.of("Engineer", "Developer", "Architect", "Analyst", "Consultant")),
			Map.entry("Skilled Trades", List.of("Technician", "Installer", "Mechanic", "Foreman")),
			Map.entry("Hospitality", List.of("Host", "Supervisor", "Manager", "Attendant")),
			Map.entry("Administration and Office", List.of("Assistant", "Coordinator", "Officer", "Clerk")),
			Map.entry("Sales and Marketing", List.of("Manager", "Representative", "Specialist", "Executive")),
			Map.entry("Logistics and Transport", List.of("Driver", "Planner", "Coordinator", "Operator")),
			Map.entry("Education", List.of("Teacher", "Tutor", "Instructor", "Coordinator")),
			Map.entry("Engineering", List.of("Engineer", "Designer", "Technician", "Project Lead")),
			Map.entry("Manufacturing and Production", List.of("Operator", "Technician", "Supervisor")),
			Map.entry("Public Sector and Nonprofit", List.of("Advisor", "Officer", "Coordinator", "Caseworker")),
			Map.entry("Cleaning and Facilities", List.of("Cleaner", "Caretaker", "Facilities Coordinator")),
			Map.entry("Security Services", List.of("Security Officer", "Guard", "Supervisor")));

	private static final List<String> SENIORITY = List.of("Junior", "", "", "Senior", "Lead");

	private final Random random;

	private final List<String> firstNames;

	private final List<String> lastNames;

	private final List<String> companyNames;

	private final List<String> catchPhrases;

	private final List<String> duties;

	DemoText(Random random) {
		this.random = random;
		Faker faker = new Faker(Locale.ENGLISH, random);
		this.firstNames = pool(() -> faker.name().firstName());
		this.lastNames = pool(() -> faker.name().lastName());
		this.companyNames = pool(() -> faker.company().name());
		this.catchPhrases = pool(() -> faker.company().catchPhrase());
		this.duties = pool(() -> faker.company().bs());
	}

	private static List<String> pool(Supplier<String> values) {
		List<String> pool = new ArrayList<>(POOL);
		for (int i = 0; i < POOL; i++) {
			pool.add(values.get());
		}
		return pool;
	}

	private String any(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	String firstName() {
		return any(this.firstNames);
	}

	String lastName() {
		return any(this.lastNames);
	}

	String companyName(String type, String city) {
		return switch (type) {
			case "hospital" -> any(List.of(city + " General Hospital", "St. " + firstName() + " Hospital",
					lastName() + " Medical Center", city + " University Hospital"));
			case "clinic" -> any(List.of(lastName() + " Clinic", city + " Health Clinic",
					lastName() + " & " + lastName() + " Physiotherapy", city + " Dental Care"));
			case "agency" -> lastName() + " Staffing";
			default -> any(this.companyNames);
		};
	}

	String catchPhrase() {
		return any(this.catchPhrases);
	}

	String jobTitle(Category category) {
		String seniority = any(SENIORITY);
		String role = any(ROLES.getOrDefault(category.root(), List.of("Specialist", "Coordinator")));
		String title = category.name().equals(category.root()) ? role : category.name() + " " + role;
		return seniority.isEmpty() ? title : seniority + " " + title;
	}

	String description(String title, String company, String city, List<Skill> skills) {
		String skillNames = skills.stream().map(Skill::name).collect(Collectors.joining(", "));
		return "<p>" + company + " is looking for a <strong>" + title + "</strong> in " + city + ". " + catchPhrase()
				+ ".</p><p>You will " + any(this.duties) + " and " + any(this.duties) + ", working with "
				+ (skillNames.isEmpty() ? "a friendly team" : skillNames) + ".</p>";
	}

	String responsibilities() {
		return "<ul><li>" + capitalized(any(this.duties)) + "</li><li>" + capitalized(any(this.duties)) + "</li><li>"
				+ capitalized(any(this.duties)) + "</li></ul>";
	}

	String requirements(List<Skill> skills, int years) {
		StringBuilder html = new StringBuilder("<ul><li>At least " + years + " years of relevant experience</li>");
		skills.forEach((skill) -> html.append("<li>").append(skill.name()).append("</li>"));
		return html.append("</ul>").toString();
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
