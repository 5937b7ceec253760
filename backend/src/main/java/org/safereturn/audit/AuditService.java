package org.safereturn.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    @Inject
    AuditCheckpoints checkpoints;
    @Inject
    jakarta.enterprise.inject.Instance<AuditRecordLabels> labellers;

    /** Records that the current caller did {@code action} on a record; {@code details} is a short JSON text or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId, String fieldGroups, String reason, String details) {
        event(action, recordType, recordId).groups(fieldGroups).reason(reason).details(details).write();
    }

    /**
     * An event to write, named as it is built: {@code audit.event("CASE_SHARED_READ", "CASE", id)
     * .groups("IDENTITY").about(owner).write()}. Ids and codes only: never personal data.
     */
    public Entry event(String action, String recordType, Object recordId) {
        return new Entry(action, recordType, recordId);
    }

    /** An audit event being built; {@link #write()} joins the caller's transaction, {@link #writeAlone()} commits on its own. */
    public final class Entry {
        private final AuditEvent e = new AuditEvent();

        private Entry(String action, String recordType, Object recordId) {
            e.action = action;
            e.recordType = recordType;
            e.recordId = String.valueOf(recordId);
        }

        public Entry groups(String fieldGroups) {
            e.fieldGroups = fieldGroups;
            return this;
        }

        public Entry reason(String reason) {
            e.reason = reason;
            return this;
        }

        public Entry details(String details) {
            e.details = details;
            return this;
        }

        /**
         * The actor, when the work is done for someone outside their request (a queued export
         * runs for its requester); otherwise the current caller is the actor.
         */
        public Entry actor(String subject, String username, java.util.UUID organizationId) {
            e.actorSubject = subject;
            e.actorUsername = username;
            e.organizationId = organizationId;
            return this;
        }

        /** The organization whose record it is, when the actor belongs to another one. */
        public Entry about(java.util.UUID organizationId) {
            e.subjectOrganizationId = organizationId;
            return this;
        }

        /** Writes it in the caller's transaction, so it commits with what it audits or not at all. */
        public void write() {
            stamp(e);
            persistInCallersTransaction(e);
        }

        /**
         * Commits the event in its own transaction: for a refused read, whose request is about to
         * fail and roll back everything else it did.
         */
        public void writeAlone() {
            stamp(e);
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.persist(e));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void persistInCallersTransaction(AuditEvent e) {
        em.persist(e);
    }

    private static String truncated(String name) {
        return name == null || name.length() <= 200 ? name : name.substring(0, 200);
    }

    private void stamp(AuditEvent e) {
        e.occurredAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (e.actorSubject == null) {
            e.actorSubject = currentUser.subject();
            e.actorUsername = currentUser.username();
            e.actorName = truncated(currentUser.displayName());
            e.organizationId = currentUser.organizationId().orElse(null);
        }
    }

    /**
     * What members of other organizations read of the caller's organization's records (a case
     * shared through a referral, a refused read), newest first: for its supervisors.
     */
    @Transactional
    AuditDtos.AuditEventPage externalReads(Integer page, Integer size) {
        var pq = org.safereturn.common.web.PageQuery.of(page, size, null, java.util.Map.of(),
                io.quarkus.panache.common.Sort.by("id", io.quarkus.panache.common.Sort.Direction.Descending));
        java.util.UUID org = currentUser.organizationId().orElse(new java.util.UUID(0, 0));
        String condition = "e.subjectOrganizationId = :org and (e.organizationId is null or e.organizationId <> :org)";
        var items = labelled(em.createQuery("FROM AuditEvent e WHERE " + condition + " ORDER BY e.id DESC", AuditEvent.class)
                .setParameter("org", org).setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList());
        long total = em.createQuery("SELECT count(e) FROM AuditEvent e WHERE " + condition, Long.class).setParameter("org", org).getSingleResult();
        return new AuditDtos.AuditEventPage(items, pq.page(), pq.size(), total);
    }

    /**
     * What was done to one record, newest first, by anyone: its access history. The caller's
     * feature checks the record is in the caller's scope first, and audits this read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditDtos.AuditEventPage historyOf(String recordType, Object recordId, Integer page, Integer size) {
        var pq = org.safereturn.common.web.PageQuery.of(page, size, null, java.util.Map.of(),
                io.quarkus.panache.common.Sort.by("id", io.quarkus.panache.common.Sort.Direction.Descending));
        String condition = "e.recordType = :type and e.recordId = :id";
        var items = labelled(em.createQuery("FROM AuditEvent e WHERE " + condition + " ORDER BY e.id DESC", AuditEvent.class)
                .setParameter("type", recordType).setParameter("id", String.valueOf(recordId))
                .setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList());
        long total = em.createQuery("SELECT count(e) FROM AuditEvent e WHERE " + condition, Long.class)
                .setParameter("type", recordType).setParameter("id", String.valueOf(recordId)).getSingleResult();
        return new AuditDtos.AuditEventPage(items, pq.page(), pq.size(), total);
    }

    /** The events as views, each record named by the feature it belongs to (one query per record type on the page). */
    private java.util.List<AuditDtos.AuditEventView> labelled(java.util.List<AuditEvent> events) {
        java.util.Map<String, java.util.Set<String>> idsByType = new java.util.HashMap<>();
        events.forEach(e -> idsByType.computeIfAbsent(e.recordType, k -> new java.util.HashSet<>()).add(e.recordId));
        java.util.Map<String, java.util.Map<String, String>> labels = new java.util.HashMap<>();
        for (AuditRecordLabels labeller : labellers) {
            var ids = idsByType.get(labeller.recordType());
            if (ids != null) {
                labels.put(labeller.recordType(), labeller.labelsOf(ids));
            }
        }
        return events.stream().map(e -> AuditDtos.AuditEventView.of(e,
                labels.getOrDefault(e.recordType, java.util.Map.of()).get(e.recordId))).toList();
    }

    /** Records work the system did on its own (a scheduled job), on behalf of an organization. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String action, String recordType, Object recordId, java.util.UUID organizationId, String details) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        e.actorSubject = "system";
        e.actorUsername = "system";
        e.actorName = "SafeReturn";
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
        var items = labelled(query.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList());
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
        long waiting = sealer.waiting();
        while (true) {
            var chunk = em.createQuery("FROM AuditEvent e WHERE e.chainPosition > ?1 ORDER BY e.chainPosition", AuditEvent.class)
                    .setParameter(1, after).setMaxResults(1000).getResultList();
            if (chunk.isEmpty()) {
                return againstCheckpoint(checked, after, waiting);
            }
            for (AuditEvent e : chunk) {
                if (!expectedPrev.equals(e.prevHash) || !AuditChain.hash(e).equals(e.hash)) {
                    return new AuditDtos.Verification(false, checked, e.id, waiting, null, null, null,
                            "Event " + e.id + " (position " + e.chainPosition + ") was changed, or an event before it was removed");
                }
                expectedPrev = e.hash;
                checked++;
                after = e.chainPosition;
            }
            em.clear();
        }
    }

    /**
     * The chain is whole up to {@code head}; the latest signed checkpoint says how far it reached
     * when signed. An event it vouches for that is gone or different means the newest events were
     * deleted or rewritten, which the chain alone cannot show.
     */
    private AuditDtos.Verification againstCheckpoint(long checked, long head, long waiting) {
        var latest = checkpoints.latest();
        if (latest.isEmpty()) {
            return new AuditDtos.Verification(true, checked, null, waiting, null, null, null, null);
        }
        AuditCheckpoint c = latest.get();
        boolean signed = checkpoints.signedByUs(c);
        var view = AuditDtos.CheckpointView.of(c, signed);
        if (!signed) {
            return new AuditDtos.Verification(false, checked, null, waiting, view, null, null,
                    "The latest checkpoint's signature is not this system's: the checkpoints were altered");
        }
        List<String> at = em.createQuery("SELECT e.hash FROM AuditEvent e WHERE e.chainPosition = ?1", String.class)
                .setParameter(1, c.chainPosition).getResultList();
        if (at.isEmpty() || head < c.chainPosition) {
            return new AuditDtos.Verification(false, checked, null, waiting, view, head + 1, c.chainPosition,
                    "Events " + (head + 1) + " to " + c.chainPosition + " of the chain, signed in the checkpoint of " + c.createdAt
                            + ", are missing: the newest events were deleted");
        }
        if (!at.get(0).equals(c.headHash)) {
            return new AuditDtos.Verification(false, checked, null, waiting, view, null, null,
                    "The event at position " + c.chainPosition + " differs from the one signed in the checkpoint of " + c.createdAt
                            + ": the newest events were rewritten");
        }
        return new AuditDtos.Verification(true, checked, null, waiting, view, null, null, null);
    }

    /** Counts the events of one record; used by tests and the record's history. */
    @Transactional
    public long countFor(String recordType, Object recordId) {
        return em.createQuery("SELECT count(e) FROM AuditEvent e WHERE e.recordType = ?1 AND e.recordId = ?2", Long.class)
                .setParameter(1, recordType).setParameter(2, String.valueOf(recordId)).getSingleResult();
    }
}
