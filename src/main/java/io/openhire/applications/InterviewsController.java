package io.openhire.applications;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Interviews (API.md "Applications"): scheduled by the hiring company, read by the
 * candidate.
 */
@RestController
@Tag(name = "Interviews")
class InterviewsController {

	private final InterviewService interviews;

	InterviewsController(InterviewService interviews) {
		this.interviews = interviews;
	}

	@PostMapping("/api/v1/applications/{id}/interviews")
	@PreAuthorize("hasRole('EMPLOYER')")
	@Operation(summary = "Schedule an interview (the hiring company); the candidate is mailed an .ics invite")
	ResponseEntity<InterviewView> schedule(@PathVariable UUID id, @Valid @RequestBody InterviewFields fields) {
		InterviewView interview = interviews.schedule(CurrentUser.get(), id, fields);
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/interviews/{id}")
			.buildAndExpand(interview.id())
			.toUri();
		return ResponseEntity.created(location).body(interview);
	}

	@GetMapping("/api/v1/applications/{id}/interviews")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The application's interviews: the candidate, the company's members, admins")
	List<InterviewView> list(@PathVariable UUID id) {
		return interviews.list(CurrentUser.get(), id);
	}

	@PatchMapping(path = "/api/v1/interviews/{id}",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize("hasRole('EMPLOYER')")
	@Operation(summary = "Reschedule (new invite, same UID, higher SEQUENCE) or record status, feedback, rating")
	InterviewView change(@PathVariable UUID id, @RequestBody JsonNode patch) {
		return interviews.update(CurrentUser.get(), id, patch);
	}

	@DeleteMapping("/api/v1/interviews/{id}")
	@PreAuthorize("hasRole('EMPLOYER')")
	@Operation(summary = "Cancel the interview; the candidate is mailed a METHOD:CANCEL invite")
	InterviewView cancel(@PathVariable UUID id) {
		return interviews.cancel(CurrentUser.get(), id);
	}

}
