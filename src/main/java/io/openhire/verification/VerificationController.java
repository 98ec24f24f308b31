package io.openhire.verification;

import java.util.List;
import java.util.UUID;

import io.openhire.shared.ApiEnums;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/verifications} and the admin queue (API.md "Verification"). */
@RestController
@Tag(name = "Verification")
class VerificationController {

	record NewRequest(@NotNull SubjectType subjectType, @NotNull UUID subjectId,
			@Nullable @Size(max = Verifications.MAX_DOCUMENTS) List<@NotNull UUID> documentIds,
			@Nullable @Size(max = 2000) String note) {
	}

	record Rejection(@NotBlank @Size(max = 2000) String reason) {
	}

	private final Verifications verifications;

	VerificationController(Verifications verifications) {
		this.verifications = verifications;
	}

	@PostMapping("/api/v1/verifications")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('CANDIDATE', 'EMPLOYER')")
	@Operation(summary = "Ask for verification of your candidate profile or of a company you own")
	VerificationView request(@Valid @RequestBody NewRequest request) {
		List<UUID> documents = (request.documentIds() != null) ? request.documentIds() : List.of();
		return verifications.request(CurrentUser.get(), request.subjectType(), request.subjectId(), documents,
				request.note());
	}

	@GetMapping("/api/v1/verifications/me")
	@Operation(summary = "Your verification requests, newest first")
	PageResponse<VerificationView> mine(PageQuery page) {
		return page(page, verifications.mine(CurrentUser.get(), page));
	}

	@GetMapping("/api/v1/admin/verifications")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The review queue, filtered by status and subject type")
	PageResponse<VerificationView> queue(PageQuery page, @RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "subject_type", required = false) @Nullable String subjectType) {
		return page(page, verifications.queue(ApiEnums.parameter(RequestStatus.class, "status", status),
				ApiEnums.parameter(SubjectType.class, "subject_type", subjectType), page));
	}

	@PostMapping("/api/v1/admin/verifications/{id}/approve")
	@PreAuthorize("hasRole('ADMIN')")
	VerificationView approve(@PathVariable UUID id) {
		return verifications.approve(CurrentUser.get(), id);
	}

	@PostMapping("/api/v1/admin/verifications/{id}/reject")
	@PreAuthorize("hasRole('ADMIN')")
	VerificationView reject(@PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
		return verifications.reject(CurrentUser.get(), id, rejection.reason().strip());
	}

	private static PageResponse<VerificationView> page(PageQuery page, Page<VerificationView> requests) {
		return PageResponse.of(page, requests.getTotalElements(), requests.getContent());
	}

}
