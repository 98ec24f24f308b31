package io.openhire.companies;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.openhire.shared.CacheForgetting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@link CompanySummary} of each company, kept in this node's memory for
 * {@link #KEPT} at most: every job list, job detail and application shows the names of
 * its companies, and a list's query for them took a sixth of a list request's CPU
 * (Hibernate translates a query with an {@code IN} list to SQL on every call).
 * <p>
 * A change of a company's details or verification status, and its deletion, forget its
 * summary on this node at once and again after the change commits; another node with its
 * own memory shows the old summary until {@link #KEPT} has passed.
 */
@Component
class CompanySummaries {

	static final Duration KEPT = Duration.ofSeconds(30);

	private final Companies companies;

	private final Cache<UUID, CompanySummary> kept = Caffeine.newBuilder()
		.expireAfterWrite(KEPT)
		// every company of a million seeded jobs (50,000), about 300 bytes each
		.maximumSize(100_000)
		.build();

	/**
	 * How many times a summary was forgotten: a bulk load that saw it move keeps nothing.
	 */
	private final AtomicLong forgettings = new AtomicLong();

	CompanySummaries(Companies companies) {
		this.companies = companies;
	}

	Optional<CompanySummary> find(UUID companyId) {
		return Optional.ofNullable(kept.get(companyId,
				(id) -> companies.summary(id).stream().findFirst().map(Company::summary).orElse(null)));
	}

	/**
	 * The summaries of these companies; ids of no company are left out. Unlike one
	 * entry's load, a bulk load does not hold its entries while it reads: should a
	 * company be forgotten meanwhile, what was read is not kept.
	 */
	Map<UUID, CompanySummary> findAll(Collection<UUID> companyIds) {
		long before = forgettings.get();
		Map<UUID, CompanySummary> found = kept.getAll(Set.copyOf(companyIds),
				(missing) -> companies.summaries(Set.copyOf(missing))
					.stream()
					.map(Company::summary)
					.collect(Collectors.toMap(CompanySummary::id, (summary) -> summary)));
		if (forgettings.get() != before) {
			kept.invalidateAll(found.keySet());
		}
		return found;
	}

	@EventListener
	void on(CompanyChanged event) {
		forget(event.companyId());
	}

	@EventListener
	void on(CompanyDeleted event) {
		forget(event.companyId());
	}

	private void forget(UUID companyId) {
		CacheForgetting.nowAndAfterCommit(() -> {
			forgettings.incrementAndGet();
			kept.invalidate(companyId);
		});
	}

}
