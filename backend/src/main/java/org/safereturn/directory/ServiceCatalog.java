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
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Changes;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.persistence.Search;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.DirectoryDtos.ServicePage;
import org.safereturn.directory.DirectoryDtos.ServiceRequest;
import org.safereturn.directory.DirectoryDtos.ServiceView;

/** Reads and changes the services organizations offer; every change is audited. */
@ApplicationScoped
public class ServiceCatalog {
    static final String RECORD = "SERVICE";
    private static final Map<String, String> SORTABLE = Map.of(
            "nameVi", "nameVi", "type", "type", "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    ServiceRepository services;
    @Inject
    OrganizationRepository organizations;
    @Inject
    OrganizationService organizationService;
    @Inject
    AuditService audit;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Services matching the filters, one page. */
    @Transactional
    ServicePage list(String q, ServiceType type, ServiceStatus status, UUID organizationId, String placeCode,
                     Integer page, Integer size, String sort) {
        return list(q, type, status, organizationId, placeCode, null, page, size, sort);
    }

    /**
     * Services matching the filters, one page; with {@code modifiedAfter}, only those that changed
     * since, themselves or their organization (what the Open Referral feed carries of them).
     */
    @Transactional
    ServicePage list(String q, ServiceType type, ServiceStatus status, UUID organizationId, String placeCode,
                     java.time.OffsetDateTime modifiedAfter, Integer page, Integer size, String sort) {
        PageQuery pq = PageQuery.of(page, size, sort, SORTABLE, Sort.by("nameVi").and("id"));
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add(Search.foldedContains("searchText", "q"));
            params.and("q", Search.likeLiteral(q));
        }
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (organizationId != null) {
            where.add("organization.id = :organizationId");
            params.and("organizationId", organizationId);
        }
        if (placeCode != null && !placeCode.isBlank()) {
            where.add("placeCode = :placeCode");
            params.and("placeCode", placeCode.trim());
        }
        if (modifiedAfter != null) {
            where.add("(updatedAt >= :modifiedAfter or organization.updatedAt >= :modifiedAfter)");
            params.and("modifiedAfter", modifiedAfter);
        }
        var query = where.isEmpty() ? services.findAll(pq.sort())
                : services.find(String.join(" and ", where), pq.sort(), params);
        query.page(pq.panachePage());
        return new ServicePage(query.list().stream().map(ServiceView::of).toList(), pq.page(), pq.size(), query.count());
    }

    @Transactional
    ServiceView get(UUID id) {
        return ServiceView.of(find(id));
    }

    @Transactional
    ServiceView create(ServiceRequest request, String idempotencyKey) {
        String id = idempotency.once(idempotencyKey, "createService", request, () -> insert(request).toString());
        return ServiceView.of(find(UUID.fromString(id)));
    }

    private UUID insert(ServiceRequest request) {
        if (request.id() != null && services.findByIdOptional(request.id()).isPresent()) {
            throw ProblemException.conflict("resource.exists", "Service " + request.id() + " already exists");
        }
        Service s = new Service();
        s.id = request.id() != null ? request.id() : UUID.randomUUID();
        s.createdAt = OffsetDateTime.now(clock);
        apply(s, request);
        services.persist(s);
        em.flush();
        audit.record("SERVICE_CREATED", RECORD, s.id, null, null, null);
        return s.id;
    }

    @Transactional
    ServiceView update(UUID id, long expectedVersion, ServiceRequest request) {
        Service s = find(id);
        if (s.version != expectedVersion) {
            throw Etags.stale();
        }
        ServiceView before = ServiceView.of(s);
        apply(s, request);
        Flushes.orStale(em);
        ServiceView after = ServiceView.of(s);
        audit.record("SERVICE_UPDATED", RECORD, s.id, null, null, Changes.asJson(Changes.between(before, after)));
        return after;
    }

    @Transactional
    void delete(UUID id, long expectedVersion) {
        Service s = find(id);
        if (s.version != expectedVersion) {
            throw Etags.stale();
        }
        services.delete(s);
        Flushes.orStale(em);
        audit.record("SERVICE_DELETED", RECORD, id, null, null, null);
    }

    /** A service as other features need it: its organization, type and whether it is open. */
    public record Offer(UUID serviceId, UUID organizationId, ServiceType type, boolean active) {}

    /** The service with this id, if it exists. */
    @Transactional
    public java.util.Optional<Offer> offer(UUID id) {
        return services.findByIdOptional(id).map(s -> new Offer(s.id, s.organization.id, s.type, s.status == ServiceStatus.ACTIVE));
    }

    Service find(UUID id) {
        return services.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Service", id));
    }

    private void apply(Service s, ServiceRequest r) {
        Organization organization = organizations.findByIdOptional(r.organizationId())
                .orElseThrow(() -> ProblemException.invalid("organizationId", "is not an organization of the directory"));
        organizationService.checkPlace(r.placeCode());
        s.organization = organization;
        s.type = r.type();
        s.nameVi = r.nameVi().trim();
        s.nameEn = Text.blankToNull(r.nameEn());
        s.description = Text.blankToNull(r.description());
        s.eligibility = Text.blankToNull(r.eligibility());
        s.phone = Text.blankToNull(r.phone());
        s.email = Text.blankToNull(r.email());
        Contact.replace(s.contacts, r.contacts());
        s.languages = r.languages() == null ? new ArrayList<>() : new ArrayList<>(r.languages());
        s.capacity = r.capacity();
        s.status = r.status() != null ? r.status() : ServiceStatus.ACTIVE;
        s.placeCode = Text.blankToNull(r.placeCode());
        s.updatedAt = OffsetDateTime.now(clock);
    }
}
