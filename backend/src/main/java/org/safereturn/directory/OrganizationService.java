package org.safereturn.directory;

import org.safereturn.common.web.Text;
import org.safereturn.common.persistence.Flushes;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Changes;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.persistence.Search;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.DirectoryDtos.OrganizationPage;
import org.safereturn.directory.DirectoryDtos.OrganizationRequest;
import org.safereturn.directory.DirectoryDtos.OrganizationSummary;
import org.safereturn.directory.DirectoryDtos.OrganizationView;
import org.safereturn.place.PlaceService;

/** Reads and changes organizations; every change is audited in the same transaction. */
@ApplicationScoped
public class OrganizationService {
    static final String RECORD = "ORGANIZATION";
    private static final Map<String, String> SORTABLE = Map.of(
            "nameVi", "nameVi", "nameEn", "nameEn", "kind", "kind", "createdAt", "createdAt", "updatedAt", "updatedAt");
    private static final long KNOWN_FOR_NANOS = 5_000_000_000L;

    private final Map<UUID, Long> recentlyFound = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    OrganizationRepository organizations;
    @Inject
    ServiceRepository services;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CurrentUser user;

    @Transactional
    OrganizationPage list(String q, OrganizationKind kind, OrganizationStatus status, String placeCode,
                          Integer page, Integer size, String sort) {
        PageQuery pq = PageQuery.of(page, size, sort, SORTABLE, Sort.by("nameVi").and("id"));
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add(Search.foldedContains("searchText", "q"));
            params.and("q", Search.likeLiteral(q));
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (placeCode != null && !placeCode.isBlank()) {
            where.add("placeCode = :placeCode");
            params.and("placeCode", placeCode.trim());
        }
        var query = where.isEmpty() ? organizations.findAll(pq.sort())
                : organizations.find(String.join(" and ", where), pq.sort(), params);
        query.page(pq.panachePage());
        return new OrganizationPage(query.list().stream().map(OrganizationView::of).toList(), pq.page(), pq.size(), query.count());
    }

    @Transactional
    OrganizationView get(UUID id) {
        return OrganizationView.of(find(id));
    }

    /** The organizations of these ids, for a page of services; unknown ids are left out. */
    @Transactional
    java.util.Map<UUID, OrganizationView> views(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? java.util.Map.of() : organizations.list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id, OrganizationView::of));
    }

    @Transactional
    OrganizationView create(OrganizationRequest request, String idempotencyKey) {
        String id = idempotency.once(idempotencyKey, "createOrganization", request, () -> insert(request).toString());
        return OrganizationView.of(find(UUID.fromString(id)));
    }

    private UUID insert(OrganizationRequest request) {
        if (request.id() != null && organizations.findByIdOptional(request.id()).isPresent()) {
            throw ProblemException.conflict("resource.exists", "Organization " + request.id() + " already exists");
        }
        checkPlace(request.placeCode());
        Organization o = new Organization();
        o.id = request.id() != null ? request.id() : UUID.randomUUID();
        o.createdAt = OffsetDateTime.now(clock);
        apply(o, request);
        organizations.persist(o);
        em.flush();
        audit.record("ORGANIZATION_CREATED", RECORD, o.id, null, null, null);
        return o.id;
    }

    @Transactional
    OrganizationView update(UUID id, long expectedVersion, OrganizationRequest request) {
        Organization o = find(id);
        if (o.version != expectedVersion) {
            throw Etags.stale();
        }
        checkPlace(request.placeCode());
        OrganizationView before = OrganizationView.of(o);
        apply(o, request);
        Flushes.orStale(em);
        OrganizationView after = OrganizationView.of(o);
        // A deactivation refuses the organization's users on this copy at once, on others within seconds.
        recentlyFound.remove(o.id);
        List<String> changed = Changes.between(before, after);
        audit.record("ORGANIZATION_UPDATED", RECORD, o.id, null, null, Changes.asJson(changed));
        return after;
    }

    @Transactional
    void delete(UUID id, long expectedVersion) {
        Organization o = find(id);
        if (o.version != expectedVersion) {
            throw Etags.stale();
        }
        if (services.countByOrganization(id) > 0) {
            throw ProblemException.conflict("organization.has-services",
                    "Remove or move this organization's services first, or set its status to INACTIVE");
        }
        organizations.delete(o);
        Flushes.orStale(em);
        audit.record("ORGANIZATION_DELETED", RECORD, id, null, null, null);
    }

    /** The organization's name and kind, for other features; empty when it does not exist. */
    @Transactional
    public Optional<OrganizationSummary> summary(UUID id) {
        return organizations.findByIdOptional(id).map(o -> new OrganizationSummary(o.id, o.nameVi, o.nameEn, o.kind));
    }

    /**
     * The caller's organization, the one their work belongs to; 403 auth.no-organization when
     * the token names none, or one the directory does not hold, and 403 auth.organization-inactive
     * when an admin deactivated it: its users and API clients are refused until it is active again.
     */
    @Transactional
    public UUID callerOrganization() {
        UUID id = user.organizationId().orElseThrow(OrganizationService::noOrganization);
        if (activeRecently(id)) {
            return id;
        }
        if (exists(id)) {
            throw new ProblemException(403, "auth.organization-inactive", "Organization inactive",
                    "Your organization is inactive in the directory: its users and API clients may not work until an admin activates it");
        }
        throw noOrganization();
    }

    private static ProblemException noOrganization() {
        return new ProblemException(403, "auth.no-organization", "No organization", "Your account belongs to no organization of the directory");
    }

    /**
     * Whether the caller's organization was found active in the directory within the last few
     * seconds: asked on every request, so a recent answer serves; a deactivation bites within
     * {@code KNOWN_FOR_NANOS}.
     */
    private boolean activeRecently(UUID id) {
        Long seen = recentlyFound.get(id);
        long now = System.nanoTime();
        if (seen != null && now - seen < KNOWN_FOR_NANOS) {
            return true;
        }
        boolean found = active(id);
        if (found) {
            recentlyFound.put(id, now);
        } else {
            recentlyFound.remove(id);
        }
        return found;
    }

    /** Whether an organization with this id is in the directory. */
    @Transactional
    public boolean exists(UUID id) {
        // A count, not an entity load: the caller's organization is checked on every request, and a
        // loaded entity would be dirty-checked at every flush of the transaction.
        return id != null && organizations.count("id", id) > 0;
    }

    /** Whether the organization exists and is active, so that it may receive work. */
    @Transactional
    public boolean active(UUID id) {
        return id != null && organizations.count("id = ?1 and status = ?2", id, OrganizationStatus.ACTIVE) > 0;
    }

    /** The administrative unit an organization is placed in; empty when none is recorded. */
    @Transactional
    public Optional<String> placeCode(UUID id) {
        return organizations.findByIdOptional(id).map(o -> o.placeCode);
    }

    Organization find(UUID id) {
        return organizations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Organization", id));
    }

    private void apply(Organization o, OrganizationRequest r) {
        o.nameVi = r.nameVi().trim();
        o.nameEn = Text.blankToNull(r.nameEn());
        o.kind = r.kind();
        o.status = r.status() != null ? r.status() : OrganizationStatus.ACTIVE;
        o.placeCode = Text.blankToNull(r.placeCode());
        o.address = Text.blankToNull(r.address());
        o.postalCode = Text.blankToNull(r.postalCode());
        o.description = Text.blankToNull(r.description());
        o.phone = Text.blankToNull(r.phone());
        o.email = Text.blankToNull(r.email());
        o.website = Text.blankToNull(r.website());
        o.hotlines = r.hotlines() == null ? new ArrayList<>() : new ArrayList<>(r.hotlines().stream().map(String::trim).toList());
        Contact.replace(o.contacts, r.contacts());
        o.updatedAt = OffsetDateTime.now(clock);
    }

    void checkPlace(String placeCode) {
        if (placeCode != null && !placeCode.isBlank() && !places.exists(placeCode.trim())) {
            throw ProblemException.invalid("placeCode", "is not a known administrative unit");
        }
    }
}
