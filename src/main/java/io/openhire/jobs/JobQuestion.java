package io.openhire.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A question applicants answer. Its id stays the same across edits that send it back, so
 * answers given earlier keep pointing at it.
 */
@Embeddable
class JobQuestion {

	private UUID id;

	@Column(name = "question_text")
	private String text;

	@Enumerated(EnumType.STRING)
	private QuestionType type;

	@Convert(converter = JsonStrings.class)
	private List<String> options = new ArrayList<>();

	private boolean isRequired;

	protected JobQuestion() {
		// for JPA
	}

	JobQuestion(UUID id, String text, QuestionType type, List<String> options, boolean isRequired) {
		this.id = id;
		this.text = text;
		this.type = type;
		this.options = new ArrayList<>(options);
		this.isRequired = isRequired;
	}

	UUID id() {
		return id;
	}

	String text() {
		return text;
	}

	QuestionType type() {
		return type;
	}

	List<String> options() {
		return List.copyOf(options);
	}

	boolean isRequired() {
		return isRequired;
	}

}
