package io.openhire.companies;

import java.util.UUID;

import io.openhire.companies.CompanyMemberships.MemberView;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The members of a company ({@code /api/v1/companies/{id}/members}). */
@RestController
@RequestMapping("/api/v1/companies/{id}/members")
@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
@Tag(name = "Companies")
class CompanyMembersController {

	/** {@code member_role} defaults to {@code recruiter}. */
	record NewMember(@NotBlank @Size(max = 254) String email, @Nullable MemberRole memberRole) {
	}

	private final CompanyMemberships memberships;

	CompanyMembersController(CompanyMemberships memberships) {
		this.memberships = memberships;
	}

	@GetMapping
	@Operation(summary = "The company's members (its members, admins)")
	PageResponse<MemberView> list(@PathVariable UUID id, PageQuery page) {
		return memberships.list(CurrentUser.get(), id, page);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an employer by email as owner or recruiter (owners, admins)")
	MemberView add(@PathVariable UUID id, @Valid @RequestBody NewMember member) {
		return memberships.add(CurrentUser.get(), id, member.email().strip(),
				(member.memberRole() != null) ? member.memberRole() : MemberRole.RECRUITER);
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member (owners, admins) or leave (the member); the last owner stays")
	void remove(@PathVariable UUID id, @PathVariable UUID userId) {
		memberships.remove(CurrentUser.get(), id, userId);
	}

}
