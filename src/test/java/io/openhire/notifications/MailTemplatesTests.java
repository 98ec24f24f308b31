package io.openhire.notifications;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MailTemplatesTests {

	private final MailTemplates templates = new MailTemplates();

	private final Map<String, String> values = Map.of("greeting", "Hello Ann,", "link",
			"https://app.example.com/reset-password?token=a&b", "token", "a&b", "expires_at",
			"21 November 2026 at 11:00 UTC");

	@Test
	void fillsEveryPlaceholderOfBothBodies() {
		MailTemplates.Bodies bodies = templates.render("password-reset", values);

		assertThat(bodies.text()).doesNotContain("{{")
			.contains("https://app.example.com/reset-password?token=a&b")
			.contains("21 November 2026 at 11:00 UTC");
		assertThat(bodies.html()).doesNotContain("{{")
			.contains("href=\"https://app.example.com/reset-password?token=a&amp;b\"")
			.doesNotContain("token=a&b");
	}

	@Test
	void everyTemplateHasBothBodies() {
		for (String name : new String[] { "email-verification", "password-reset", "magic-link" }) {
			MailTemplates.Bodies bodies = templates.render(name, values);
			assertThat(bodies.text()).contains("a&b", "expire");
			assertThat(bodies.html()).startsWith("<!DOCTYPE html>").contains("a&amp;b", "expire");
		}
	}

	@Test
	void missingValueFails() {
		assertThatIllegalStateException().isThrownBy(() -> templates.render("magic-link", Map.of("greeting", "Hi")))
			.withMessageContaining("{{link}}");
	}

}
