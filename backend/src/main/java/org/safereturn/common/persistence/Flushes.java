package org.safereturn.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.safereturn.common.error.ProblemException;
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

    /**
     * As {@link #orStale(EntityManager)}, and a lost race on a unique key becomes the problem the
     * caller's pre-check would have given (e.g. 409 "exists").
     */
    public static void orStale(EntityManager em, Supplier<ProblemException> onUniqueViolation) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Etags.stale();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException v && v.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                    throw onUniqueViolation.get();
                }
            }
            throw e;
        }
    }
}
