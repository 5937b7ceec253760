package org.safereturn.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Hands out ticket numbers from the database sequence in blocks of 50 (its increment), so that
 * logging a call costs no extra round trip and never waits on another call being logged. Numbers
 * are unique, not gap-free: a restart leaves the rest of a block unused.
 */
@ApplicationScoped
class TicketNumbers {
    static final int BLOCK = 50;

    @Inject
    EntityManager em;

    private long next;
    private long end;

    synchronized long next() {
        if (next >= end) {
            long start = ((Number) em.createNativeQuery("SELECT nextval('hotline_ticket_number_seq')").getSingleResult()).longValue();
            next = start;
            end = start + BLOCK;
        }
        return next++;
    }
}
