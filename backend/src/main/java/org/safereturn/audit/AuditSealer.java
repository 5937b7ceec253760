package org.safereturn.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Links committed audit events into the hash chain, a second or so after they are written.
 * Events are taken in the order of their writing transaction (then id), and only from
 * transactions older than every transaction still running: once an event is sealed, no event can
 * commit that belongs before it. One sealer works at a time across all backend copies (a
 * transaction-level advisory lock); another waits for it and goes on where it stopped.
 */
@ApplicationScoped
public class AuditSealer {
    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Scheduled(every = "${safereturn.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealCommittedEvents() {
        while (seal() == CHUNK) {
            // more were waiting: go on at once
        }
    }

    /**
     * Seals up to one chunk of committed events; returns how many it sealed. The database does it
     * (audit_seal, the schema owner's function): the application's role may not update events.
     */
    @Transactional
    public int seal() {
        return ((Number) em.createNativeQuery("SELECT audit_seal(?1)").setParameter(1, CHUNK).getSingleResult()).intValue();
    }

    /** Events written but not sealed yet. */
    @Transactional
    public long waiting() {
        return em.createQuery("SELECT count(e) FROM AuditEvent e WHERE e.chainPosition IS NULL", Long.class).getSingleResult();
    }
}
