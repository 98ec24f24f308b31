package io.openhire.profiles;

/**
 * How complete a candidate profile is, 0-100: the sum of the weights of what is filled.
 * <table>
 * <caption>Weights</caption>
 * <tr>
 * <td>headline</td>
 * <td>10</td>
 * </tr>
 * <tr>
 * <td>bio</td>
 * <td>10</td>
 * </tr>
 * <tr>
 * <td>phone</td>
 * <td>5</td>
 * </tr>
 * <tr>
 * <td>location (city and country)</td>
 * <td>10</td>
 * </tr>
 * <tr>
 * <td>years_of_experience</td>
 * <td>5</td>
 * </tr>
 * <tr>
 * <td>desired_role</td>
 * <td>5</td>
 * </tr>
 * <tr>
 * <td>availability.status</td>
 * <td>5</td>
 * </tr>
 * <tr>
 * <td>at least one skill</td>
 * <td>15</td>
 * </tr>
 * <tr>
 * <td>at least one experience</td>
 * <td>15</td>
 * </tr>
 * <tr>
 * <td>at least one education</td>
 * <td>10</td>
 * </tr>
 * <tr>
 * <td>at least one certification</td>
 * <td>5</td>
 * </tr>
 * <tr>
 * <td>at least one portfolio item</td>
 * <td>5</td>
 * </tr>
 * </table>
 * Skills and experience weigh most because employers filter and read them first.
 */
final class Completeness {

	/** Which entry collections of a profile hold at least one entry. */
	record Entries(boolean skills, boolean education, boolean experience, boolean certifications, boolean portfolio) {

		static final Entries NONE = new Entries(false, false, false, false, false);

	}

	private Completeness() {
	}

	static int of(CandidateProfile profile, Entries entries) {
		int score = 0;
		score += filled(profile.headline()) ? 10 : 0;
		score += filled(profile.bio()) ? 10 : 0;
		score += filled(profile.phone()) ? 5 : 0;
		score += (filled(profile.city()) && filled(profile.country())) ? 10 : 0;
		score += (profile.yearsOfExperience() != null) ? 5 : 0;
		score += filled(profile.desiredRole()) ? 5 : 0;
		score += (profile.availabilityStatus() != null) ? 5 : 0;
		score += entries.skills() ? 15 : 0;
		score += entries.experience() ? 15 : 0;
		score += entries.education() ? 10 : 0;
		score += entries.certifications() ? 5 : 0;
		score += entries.portfolio() ? 5 : 0;
		return score;
	}

	private static boolean filled(String text) {
		return text != null && !text.isBlank();
	}

}
