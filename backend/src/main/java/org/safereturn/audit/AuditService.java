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
 * together or not at all. Appends are serialised by a transaction-level advisory lock so the
 * chain stays linear with several backend copies.
 */
@ApplicationScoped
public class AuditService {
    private static final long CHAIN_LOCK = 0x5AFE_4E7L;

    @Inject
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /** Records that the current caller did {@code action} on a record; {@code details} is a short JSON text or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId, String fieldGroups, String reason, String details) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        String prev = ((java.util.stream.Stream<?>) em.createNativeQuery("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .getResultStream()).findFirst().map(Object::toString).orElse(AuditChain.GENESIS);
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
        e.prevHash = prev;
        e.hash = AuditChain.hash(e);
        em.persist(e);
    }

    /** Counts the events of one record; used by tests and the record's history. */
    @Transactional
    public long countFor(String recordType, Object recordId) {
        return em.createQuery("SELECT count(e) FROM AuditEvent e WHERE e.recordType = ?1 AND e.recordId = ?2", Long.class)
                .setParameter(1, recordType).setParameter(2, String.valueOf(recordId)).getSingleResult();
    }
}
