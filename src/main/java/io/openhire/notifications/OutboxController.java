package io.openhire.notifications;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/outbox}: the mails of the outbox, newest first, for admins; on
 * a deployment without SMTP the only way to read them.
 */
@RestController
@RequestMapping("/api/v1/admin/outbox")
class OutboxController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final OutboxMails mails;

	OutboxController(OutboxMails mails) {
		this.mails = mails;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	PageResponse<OutboxItem> list(PageQuery query, @RequestParam(required = false) @Nullable String status) {
		PageRequest page = PageRequest.of(query.page() - 1, query.pageSize(), NEWEST_FIRST);
		Page<OutboxMail> found = (status == null || status.isBlank()) ? mails.findAll(page)
				: mails.findByStatus(MailStatus.parse(status), page);
		return PageResponse.of(query, found.getTotalElements(),
				found.getContent().stream().map(OutboxItem::of).toList());
	}

	/** A mail as admins see it; the text body shows what the recipient was told. */
	record OutboxItem(UUID id, String to, String subject, MailStatus status, int attempts, Instant createdAt,
			@Nullable Instant sentAt, @Nullable String lastError, String text) {

		static OutboxItem of(OutboxMail mail) {
			return new OutboxItem(mail.id(), mail.recipient(), mail.subject(), mail.status(), mail.attempts(),
					mail.createdAt(), mail.sentAt(), mail.lastError(), mail.textBody());
		}

	}

}
