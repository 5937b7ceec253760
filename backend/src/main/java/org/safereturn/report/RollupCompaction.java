package org.safereturn.report;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Folds the rollups' open deadlines that have passed into OVERDUE (V43's rollups_compact), so that
 * a rollup keeps one row per open deadline only for the days ahead. Readers see the same numbers
 * before and after; any backend copy may run it.
 */
@ApplicationScoped
class RollupCompaction {
    @Inject
    EntityManager em;

    @Scheduled(every = "${safereturn.rollups.compact-every:5m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void compact() {
        em.createNativeQuery("SELECT CAST(rollups_compact() AS text)").getSingleResult();
    }
}
