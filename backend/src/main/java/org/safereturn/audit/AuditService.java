package org.safereturn.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.safereturn.common.security.CurrentUser;

/**
 * Writes audit events in the caller's transaction, so a change and its audit event commit
 * together or not at all. The event is linked into the hash chain after commit by
 * {@link AuditSealer}, so no transaction waits on a system-wide lock to be audited.
 */
@ApplicationScoped
public class AuditService {
    @Inject
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    AuditSealer sealer;

    /** Records that the current caller did {@code action} on a record; {@code details} is a short JSON text or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId, String fieldGroups, String reason, String details) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        e.actorSubject = currentUser.subject();
        e.actorUsername = currentUser.username();
        e.organizationId = currentUser.organizationId().orElse(null);
        e.action = action;
        e.recordType = recordType;
        e.recordId = String.valueOf(recordId);
        e.fieldGroups = fieldGroups;
        e.reason = reason;
        e.details = details;
        em.persist(e);
    }

    /** Records work the system did on its own (a scheduled job), on behalf of an organization. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String action, String recordType, Object recordId, java.util.UUID organizationId, String details) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        e.actorSubject = "system";
        e.actorUsername = "system";
        e.organizationId = organizationId;
        e.action = action;
        e.recordType = recordType;
        e.recordId = String.valueOf(recordId);
        e.details = details;
        em.persist(e);
    }

    /** Audit events, newest first, filtered; supervisors see only their organization's. */
    @Transactional
    AuditDtos.AuditEventPage search(String recordType, String recordId, String actor, String action,
                                    OffsetDateTime from, OffsetDateTime to, Integer page, Integer size) {
        var pq = org.safereturn.common.web.PageQuery.of(page, size, null, java.util.Map.of(),
                io.quarkus.panache.common.Sort.by("id", io.quarkus.panache.common.Sort.Direction.Descending));
        java.util.List<String> where = new java.util.ArrayList<>(java.util.List.of("1 = 1"));
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!currentUser.hasRole(org.safereturn.common.security.Roles.ADMIN)) {
            where.add("e.organizationId = :org");
            params.put("org", currentUser.organizationId().orElse(new java.util.UUID(0, 0)));
        }
        if (recordType != null && !recordType.isBlank()) { where.add("e.recordType = :recordType"); params.put("recordType", recordType.trim()); }
        if (recordId != null && !recordId.isBlank()) { where.add("e.recordId = :recordId"); params.put("recordId", recordId.trim()); }
        if (actor != null && !actor.isBlank()) { where.add("e.actorUsername = :actor"); params.put("actor", actor.trim()); }
        if (action != null && !action.isBlank()) { where.add("e.action = :action"); params.put("action", action.trim()); }
        if (from != null) { where.add("e.occurredAt >= :from"); params.put("from", from); }
        if (to != null) { where.add("e.occurredAt < :to"); params.put("to", to); }
        String condition = String.join(" and ", where);
        var query = em.createQuery("FROM AuditEvent e WHERE " + condition + " ORDER BY e.id DESC", AuditEvent.class);
        var count = em.createQuery("SELECT count(e) FROM AuditEvent e WHERE " + condition, Long.class);
        params.forEach((k, v) -> { query.setParameter(k, v); count.setParameter(k, v); });
        var items = query.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList()
                .stream().map(AuditDtos.AuditEventView::of).toList();
        return new AuditDtos.AuditEventPage(items, pq.page(), pq.size(), count.getSingleResult());
    }

    /**
     * Seals what has committed, then re-computes the whole chain in chain order, in chunks; the
     * first event whose hash or link is wrong breaks it. Events of transactions still running are
     * counted as waiting.
     */
    AuditDtos.Verification verify() {
        while (sealer.seal() > 0) {
            // seal everything committed before checking
        }
        return check();
    }

    @Transactional
    AuditDtos.Verification check() {
        String expectedPrev = AuditChain.GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            var chunk = em.createQuery("FROM AuditEvent e WHERE e.chainPosition > ?1 ORDER BY e.chainPosition", AuditEvent.class)
                    .setParameter(1, after).setMaxResults(1000).getResultList();
            if (chunk.isEmpty()) {
                return new AuditDtos.Verification(true, checked, null, sealer.waiting());
            }
            for (AuditEvent e : chunk) {
                if (!expectedPrev.equals(e.prevHash) || !AuditChain.hash(e).equals(e.hash)) {
                    return new AuditDtos.Verification(false, checked, e.id, sealer.waiting());
                }
                expectedPrev = e.hash;
                checked++;
                after = e.chainPosition;
            }
            em.clear();
        }
    }

    /** Counts the events of one record; used by tests and the record's history. */
    @Transactional
    public long countFor(String recordType, Object recordId) {
        return em.createQuery("SELECT count(e) FROM AuditEvent e WHERE e.recordType = ?1 AND e.recordId = ?2", Long.class)
                .setParameter(1, recordType).setParameter(2, String.valueOf(recordId)).getSingleResult();
    }
}
