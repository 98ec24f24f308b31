package io.openhire.platform.runtime;

import io.openhire.shared.ConfigurationProblem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link ConfigurationProblem} into Spring Boot's clear start-up failure report.
 */
class ConfigurationProblemFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationProblem cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
