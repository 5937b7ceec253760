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
import org.safereturn.common.persistence.KeysetBatches;
import org.safereturn.common.persistence.KeysetBatches.Batch;

/**
 * Recomputes, at start, the blind indexes of persons written before each kind of index had a key of
 * its own (index_scheme 1, see V28): in batches of rows locked with SKIP LOCKED, so several copies
 * share the work. A row whose values do not open (a sealed value that fails, SealedValueException) stays as it is and is logged by id.
 */
@ApplicationScoped
class PersonIndexUpgrade {
    private static final Logger LOG = Logger.getLogger(PersonIndexUpgrade.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    PersonCodec codec;

    void onStart(@Observes StartupEvent start) {
        int total = KeysetBatches.untilDone(this::upgrade);
        if (total > 0) {
            LOG.infof("Blind indexes of %d persons recomputed under their own keys", total);
        }
    }

    /** One batch of persons still on the old scheme, after {@code after} in id order. */
    @Transactional
    Batch upgrade(UUID after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, full_name_enc, id_number_enc, birth_date_enc, home_place_code FROM person
                WHERE index_scheme = 1 AND id > ?1 ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, after).setParameter(2, BATCH).getResultList();
        int upgraded = 0;
        UUID last = after;
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            last = id;
            try {
                String name = codec.decrypt((String) r[1], "person.full_name_enc", id);
                String idNumber = codec.decrypt((String) r[2], "person.id_number_enc", id);
                String birthDate = codec.decrypt((String) r[3], "person.birth_date_enc", id);
                upgraded += em.createNativeQuery("""
                        UPDATE person SET full_name_index = ?1, id_number_index = ?2, duplicate_index = ?3, index_scheme = 2
                        WHERE id = ?4""")
                        .setParameter(1, codec.nameIndex(name))
                        .setParameter(2, idNumber == null ? null : codec.idNumberIndex(idNumber))
                        .setParameter(3, codec.duplicateIndex(name, birthDate == null ? null : LocalDate.parse(birthDate), (String) r[4]))
                        .setParameter(4, id).executeUpdate();
            } catch (IllegalStateException e) {
                LOG.warnf("Person %s keeps its old blind indexes: its values do not open (%s)", id, e.getClass().getSimpleName());
            }
        }
        return new Batch(rows.size(), upgraded, last);
    }
}
