package org.safereturn.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Etags;
import org.safereturn.directory.OrganizationService;
import org.safereturn.hotline.HotlineDtos.CategoryView;
import org.safereturn.hotline.HotlineDtos.LineRequest;
import org.safereturn.hotline.HotlineDtos.LineView;

/**
 * The lines and the category taxonomy: data every ticket refers to. Both change rarely and are
 * read on every call logged, so they are kept in memory for a minute (a change made here is seen
 * at once; one made by another backend copy within a minute).
 */
@ApplicationScoped
class HotlineReference {
    static final String LINE_RECORD = "HOTLINE_LINE";
    private static final Duration KEEP = Duration.ofMinutes(1);

    private record Snapshot(Map<UUID, LineView> lines, Map<String, CategoryView> categories, Instant until) {}

    @Inject
    EntityManager em;
    @Inject
    OrganizationService organizations;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    List<LineView> lines() {
        return List.copyOf(current().lines().values());
    }

    Optional<LineView> line(UUID id) {
        return Optional.ofNullable(current().lines().get(id));
    }

    /** The taxonomy by code, in its order. */
    Map<String, CategoryView> categories() {
        return current().categories();
    }

    @Transactional
    LineView createLine(LineRequest r) {
        check(r, null);
        OffsetDateTime now = now();
        HotlineLine line = new HotlineLine();
        line.id = UUID.randomUUID();
        line.createdAt = now;
        copy(r, line, now);
        em.persist(line);
        em.flush();
        audit.record("HOTLINE_LINE_CREATED", LINE_RECORD, line.id, null, null, null);
        snapshot = null;
        return view(line);
    }

    @Transactional
    LineView updateLine(UUID id, String ifMatch, LineRequest r) {
        HotlineLine line = Optional.ofNullable(em.find(HotlineLine.class, id)).orElseThrow(() -> ProblemException.notFound("Line", id));
        Etags.check(ifMatch, line.version);
        check(r, id);
        copy(r, line, now());
        org.safereturn.common.persistence.Flushes.orStale(em);
        audit.record("HOTLINE_LINE_UPDATED", LINE_RECORD, line.id, null, null, null);
        snapshot = null;
        return view(line);
    }

    /** Adds a category (code new) or changes one; codes are never renamed, since tickets keep them. */
    @Transactional
    CategoryView saveCategory(String code, String ifMatch, HotlineDtos.CategoryRequest r) {
        if (!code.matches("^[A-Z][A-Z0-9_]{1,39}$")) {
            throw ProblemException.invalid("code", "must be upper-case letters, digits and _, starting with a letter");
        }
        if (r.shortcut() != null) {
            Long taken = em.createQuery("SELECT count(c) FROM HotlineCategory c WHERE c.shortcut = :key AND c.code <> :code", Long.class)
                    .setParameter("key", r.shortcut()).setParameter("code", code).getSingleResult();
            if (taken > 0) {
                throw ProblemException.conflict("category.shortcut-taken", "Another category uses the shortcut " + r.shortcut());
            }
        }
        HotlineCategory c = em.find(HotlineCategory.class, code, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        boolean created = c == null;
        if (!created) {
            Etags.check(ifMatch, c.version);
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw Etags.stale(); // the caller meant to change a category that is not there
        }
        if (created) {
            c = new HotlineCategory();
            c.code = code;
        }
        c.nameVi = r.nameVi().trim();
        c.nameEn = r.nameEn().trim();
        c.shortcut = r.shortcut();
        c.position = r.position();
        c.active = r.active();
        if (created) {
            em.persist(c);
        }
        em.flush();
        audit.record(created ? "HOTLINE_CATEGORY_CREATED" : "HOTLINE_CATEGORY_UPDATED", "HOTLINE_CATEGORY", code, null, null, null);
        snapshot = null;
        return c.view();
    }

    private void check(LineRequest r, UUID self) {
        if (!organizations.exists(r.organizationId())) {
            throw ProblemException.invalid("organizationId", "is not an organization of the directory");
        }
        Long same = em.createQuery("SELECT count(l) FROM HotlineLine l WHERE l.code = :code AND (:self IS NULL OR l.id <> :self)", Long.class)
                .setParameter("code", r.code()).setParameter("self", self).getSingleResult();
        if (same > 0) {
            throw ProblemException.conflict("line.code-taken", "Another line has the code " + r.code());
        }
    }

    private static void copy(LineRequest r, HotlineLine line, OffsetDateTime now) {
        line.code = r.code();
        line.number = r.number();
        line.nameVi = r.nameVi().trim();
        line.nameEn = r.nameEn().trim();
        line.organizationId = r.organizationId();
        line.hours = r.hours().trim();
        line.active = r.active();
        line.updatedAt = now;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.until().isBefore(Instant.now(clock))) {
            s = snapshot = load();
        }
        return s;
    }

    private Snapshot load() {
        Map<UUID, LineView> lines = new LinkedHashMap<>();
        em.createQuery("FROM HotlineLine l ORDER BY l.code", HotlineLine.class).getResultList()
                .forEach(l -> lines.put(l.id, view(l)));
        Map<String, CategoryView> categories = new LinkedHashMap<>();
        em.createQuery("FROM HotlineCategory c ORDER BY c.position, c.code", HotlineCategory.class).getResultList()
                .forEach(c -> categories.put(c.code, c.view()));
        return new Snapshot(Collections.unmodifiableMap(lines), Collections.unmodifiableMap(categories), Instant.now(clock).plus(KEEP));
    }

    static LineView view(HotlineLine l) {
        return new LineView(l.id, l.code, l.number, l.nameVi, l.nameEn, l.organizationId, l.hours, l.active, l.version);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
