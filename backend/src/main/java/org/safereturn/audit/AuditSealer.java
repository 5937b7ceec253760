package org.safereturn.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Links committed audit events into the hash chain, a second or so after they are written.
 * Events are taken in the order of their writing transaction (then id), and only from
 * transactions older than every transaction still running: once an event is sealed, no event can
 * commit that belongs before it. One sealer works at a time across all backend copies (a
 * transaction-level advisory lock); another waits for it and goes on where it stopped.
 */
@ApplicationScoped
public class AuditSealer {
    private static final long SEALER_LOCK = 0x5AFE_4E7L;
    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Scheduled(every = "${safereturn.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealCommittedEvents() {
        while (seal() == CHUNK) {
            // more were waiting: go on at once
        }
    }

    /** Seals up to one chunk of committed events; returns how many it sealed. */
    @Transactional
    public int seal() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, SEALER_LOCK).getSingleResult();
        List<?> last = em.createNativeQuery(
                "SELECT chain_position, hash FROM audit_event WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1")
                .getResultList();
        long position = last.isEmpty() ? 0 : ((Number) ((Object[]) last.get(0))[0]).longValue();
        String previous = last.isEmpty() ? AuditChain.GENESIS : (String) ((Object[]) last.get(0))[1];
        @SuppressWarnings("unchecked")
        List<AuditEvent> waiting = em.createNativeQuery("""
                SELECT * FROM audit_event
                WHERE chain_position IS NULL AND tx < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY tx, id LIMIT ?1""", AuditEvent.class).setParameter(1, CHUNK).getResultList();
        for (AuditEvent e : waiting) {
            e.chainPosition = ++position;
            e.prevHash = previous;
            e.hash = AuditChain.hash(e);
            previous = e.hash;
        }
        em.flush();
        em.clear();
        return waiting.size();
    }

    /** Events written but not sealed yet. */
    @Transactional
    public long waiting() {
        return em.createQuery("SELECT count(e) FROM AuditEvent e WHERE e.chainPosition IS NULL", Long.class).getSingleResult();
    }
}
