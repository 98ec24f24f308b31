package io.openhire.identity;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PageQuery;
import io.openhire.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins do to accounts; every change is audited. */
@Service
@Transactional
class AdminUsers {

	/** The fields an admin may change; {@code null} leaves a field as it is. */
	record Changes(@Nullable String firstName, @Nullable String lastName, @Nullable Role role, @Nullable Boolean active,
			@Nullable Boolean emailVerified) {
	}

	private final Users users;

	private final UserAccounts accounts;

	private final Sessions sessions;

	private final TokenStates tokenStates;

	private final SecurityAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdminUsers(Users users, UserAccounts accounts, Sessions sessions, TokenStates tokenStates, SecurityAudit audit,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.sessions = sessions;
		this.tokenStates = tokenStates;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<User> list(UserFilter filter, PageQuery page) {
		PageRequest request = PageRequest.of(page.page() - 1, page.pageSize(),
				Sort.by(Sort.Order.desc("dateJoined"), Sort.Order.desc("id")));
		return users.findAll(filter.specification(), request);
	}

	@Transactional(readOnly = true)
	User get(UUID id) {
		return users.findById(id).orElseThrow(() -> ApiProblem.notFound("No such user."));
	}

	User create(UUID adminId, String email, String password, String firstName, String lastName, Role role) {
		User user = accounts.create(email, password, firstName, lastName, role);
		if (role == Role.ADMIN) {
			user.markEmailVerified();
		}
		audit.record(adminId, "user_created", user.id(), Map.of("role", role.value()));
		return user;
	}

	User change(UUID adminId, UUID id, Changes changes) {
		User user = get(id);
		if (changes.firstName() != null || changes.lastName() != null) {
			user.rename(changes.firstName(), changes.lastName());
			audit.record(adminId, "user_renamed", id);
		}
		if (changes.role() != null && changes.role() != user.role()) {
			Role before = user.role();
			user.changeRole(changes.role());
			tokenStates.changed(id);
			audit.record(adminId, "role_changed", id, Map.of("from", before.value(), "to", changes.role().value()));
		}
		if (Boolean.TRUE.equals(changes.emailVerified()) && !user.emailVerified()) {
			user.markEmailVerified();
			audit.record(adminId, "email_marked_verified", id);
		}
		if (changes.active() != null) {
			setActive(adminId, user, changes.active());
		}
		return user;
	}

	User setActive(UUID adminId, UUID id, boolean active) {
		User user = get(id);
		setActive(adminId, user, active);
		return user;
	}

	private void setActive(UUID adminId, User user, boolean active) {
		if (active == user.active()) {
			return;
		}
		if (active) {
			user.activate();
			audit.record(adminId, "user_activated", user.id());
		}
		else {
			user.deactivate(adminId);
			sessions.endAll(user.id());
			audit.record(adminId, "user_deactivated", user.id());
			events.publishEvent(new UserDeactivated(user.id(), clock.instant()));
		}
		tokenStates.changed(user.id());
	}

}
