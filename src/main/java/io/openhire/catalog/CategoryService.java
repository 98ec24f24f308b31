package io.openhire.catalog;

import io.openhire.shared.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PageQuery;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists job categories, and what admins do to them; every admin change is audited. */
@Service
@Transactional
class CategoryService {

	/**
	 * {@code parent_id}: absent leaves it, {@code null} moves the category to the top.
	 */
	record CategoryFields(@Nullable String name, @Nullable Optional<UUID> parentId) {
	}

	private static final int MAX_DEPTH = 20;

	private final Categories categories;

	private final CatalogCaches caches;

	private final AuditTrail audit;

	CategoryService(Categories categories, CatalogCaches caches, AuditTrail audit) {
		this.categories = categories;
		this.caches = caches;
		this.audit = audit;
	}

	/**
	 * @param parentId only the children of this category
	 * @param root only the top of the tree
	 */
	@Transactional(readOnly = true)
	ListPage<CategoryView> list(@Nullable String q, @Nullable UUID parentId, boolean root, PageQuery page) {
		if (root && parentId != null) {
			throw ApiProblem.invalid("root", "Give either root=true or parent_id, not both.");
		}
		String prefix = Names.prefixPattern(q);
		String key = "q=" + prefix + "|parent=" + parentId + "|root=" + root + "|page=" + page.page() + "|size="
				+ page.pageSize();
		return caches.get(CatalogCaches.CATEGORIES, key, () -> {
			Specification<Category> filter = (category, query, cb) -> {
				List<Predicate> predicates = new ArrayList<>();
				if (prefix != null) {
					predicates.add(cb.like(category.get("nameNormalized"), prefix, '\\'));
				}
				if (parentId != null) {
					predicates.add(cb.equal(category.get("parentId"), parentId));
				}
				if (root) {
					predicates.add(cb.isNull(category.get("parentId")));
				}
				return cb.and(predicates.toArray(Predicate[]::new));
			};
			Page<Category> found = categories.findAll(filter, PageRequest.of(page.page() - 1, page.pageSize(),
					Sort.by(Sort.Order.asc("nameNormalized"), Sort.Order.asc("id"))));
			return new ListPage<>(found.getTotalElements(), found.map(CategoryView::of).getContent());
		});
	}

	@Transactional(readOnly = true)
	CategoryView get(UUID id) {
		return CategoryView.of(find(id));
	}

	CategoryView create(UUID adminId, CategoryFields fields) {
		String name = Names.required("name", fields.name(), Category.NAME_LENGTH);
		UUID parentId = (fields.parentId() != null) ? fields.parentId().orElse(null) : null;
		if (parentId != null) {
			ensureExists(parentId);
		}
		ensureFree(name, null);
		Category category = new Category(name, freeSlug(name, null), parentId);
		save(category);
		audit.record(adminId, "category_created", "category", category.id(), Map.of("name", name));
		return CategoryView.of(category);
	}

	CategoryView change(UUID adminId, UUID id, CategoryFields fields) {
		Category category = find(id);
		if (fields.name() != null) {
			String name = Names.required("name", fields.name(), Category.NAME_LENGTH);
			ensureFree(name, category);
			if (!Names.normalize(name).equals(category.nameNormalized())) {
				category.rename(name, freeSlug(name, category));
			}
			else {
				category.rename(name, category.slug());
			}
		}
		if (fields.parentId() != null) {
			UUID parentId = fields.parentId().orElse(null);
			if (parentId != null) {
				ensureNoCycle(category, parentId);
			}
			category.moveUnder(parentId);
		}
		save(category);
		audit.record(adminId, "category_updated", "category", id, Map.of("name", category.name()));
		return CategoryView.of(category);
	}

	/** Only a category without subcategories or jobs can be deleted (else 409 in_use). */
	void delete(UUID adminId, UUID id) {
		Category category = find(id);
		category.ensureDeletable(categories.existsByParentId(id));
		categories.delete(category);
		categories.flush();
		changed();
		audit.record(adminId, "category_deleted", "category", id, Map.of("name", category.name()));
	}

	private Category find(UUID id) {
		return categories.findById(id).orElseThrow(() -> ApiProblem.notFound("No such category."));
	}

	private void ensureExists(UUID parentId) {
		if (!categories.existsById(parentId)) {
			throw ApiProblem.invalid("parent_id", "No such category.");
		}
	}

	/** The new parent must exist and must not be the category itself or one below it. */
	private void ensureNoCycle(Category category, UUID parentId) {
		UUID current = parentId;
		for (int depth = 0; current != null; depth++) {
			if (current.equals(category.id())) {
				throw ApiProblem.invalid("parent_id", "A category cannot sit under itself or its subcategories.");
			}
			if (depth > MAX_DEPTH) {
				throw ApiProblem.invalid("parent_id", "The tree may be at most " + MAX_DEPTH + " levels deep.");
			}
			Category parent = categories.findById(current)
				.orElseThrow(() -> ApiProblem.invalid("parent_id", "No such category."));
			current = parent.parentId();
		}
	}

	private void ensureFree(String name, @Nullable Category self) {
		categories.findByNameNormalized(Names.normalize(name))
			.filter((other) -> self == null || !other.id().equals(self.id()))
			.ifPresent((other) -> {
				throw ApiProblem.conflict("name_taken", "Another category is named " + name + ".");
			});
	}

	private String freeSlug(String name, @Nullable Category self) {
		String base = Names.slug(name);
		String slug = base;
		for (int n = 2; categories.existsBySlug(slug) && (self == null || !slug.equals(self.slug())); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private void save(Category category) {
		try {
			categories.saveAndFlush(category);
		}
		catch (DataIntegrityViolationException ex) {
			throw ApiProblem.conflict("name_taken", "Another category has this name.");
		}
		changed();
	}

	private void changed() {
		caches.changed(CatalogCaches.CATEGORIES, CatalogCaches.CATEGORY_REFS);
	}

}
