package org.safereturn.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.safereturn.common.web.Etags;

/** Writing pending changes now, so a concurrent update surfaces as 412 inside the service, not at commit. */
public final class Flushes {
    private Flushes() {}

    public static void orStale(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Etags.stale();
        }
    }
}
