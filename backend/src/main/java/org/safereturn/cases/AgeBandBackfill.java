package org.safereturn.cases;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.safereturn.common.ctdc.AgeBand;
import org.safereturn.common.persistence.KeysetBatches;
import org.safereturn.common.persistence.KeysetBatches.Batch;
import org.safereturn.common.persistence.NativeValues;

/**
 * Gives persons received before V37 their CTDC age band, beside the start (reports count them as
 * UNKNOWN until then): their birth dates are encrypted, so only the application can take it. Batches of rows locked with SKIP LOCKED, so
 * several copies share the work; a birth date that does not open leaves the band UNKNOWN.
 */
@ApplicationScoped
class AgeBandBackfill {
    private static final Logger LOG = Logger.getLogger(AgeBandBackfill.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    PersonCodec codec;

    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    /** Starts the backfill beside the application's start, not before it: a large register takes minutes. */
    void onStart(@Observes StartupEvent start) {
        executor.runAsync(() -> {
            int total = KeysetBatches.untilDone(this::fill);
            if (total > 0) {
                LOG.infof("Age bands of %d persons taken from their records", total);
            }
        }).exceptionally(failure -> {
            LOG.warnf("Age band backfill stopped (%s); it goes on at the next start", failure.toString());
            return null;
        });
    }

    @Transactional
    Batch fill(UUID after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, birth_date_enc, estimated_age, created_at FROM person
                WHERE age_band IS NULL AND id > ?1 ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, after).setParameter(2, BATCH).getResultList();
        UUID last = after;
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            last = id;
            AgeBand band;
            try {
                String birthDate = codec.decrypt((String) r[1], "person.birth_date_enc", id);
                band = PersonCodec.ageBand(birthDate == null ? null : LocalDate.parse(birthDate),
                        r[2] == null ? null : ((Number) r[2]).intValue(), NativeValues.offsetDateTime(r[3]));
            } catch (IllegalStateException e) {
                LOG.warnf("Person %s gets age band UNKNOWN: the birth date does not open (%s)", id, e.getClass().getSimpleName());
                band = AgeBand.UNKNOWN;
            }
            em.createNativeQuery("UPDATE person SET age_band = ?1 WHERE id = ?2").setParameter(1, band.name()).setParameter(2, id).executeUpdate();
        }
        return new Batch(rows.size(), rows.size(), last);
    }
}
