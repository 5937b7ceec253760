package org.safereturn.hotline;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.safereturn.common.persistence.KeysetBatches;
import org.safereturn.common.persistence.KeysetBatches.Batch;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.crypto.FieldCipher.BlindIndex;

/**
 * Recomputes, at start, the caller-phone index of tickets written before each kind of index had a
 * key of its own (index_scheme 1, see V28), and moves the caller flags that carried a ticket's old
 * index to its new one. A flag no old ticket shares a number with keeps its old index and no longer
 * matches; it runs out at its end like any flag.
 */
@ApplicationScoped
class CallerIndexUpgrade {
    private static final Logger LOG = Logger.getLogger(CallerIndexUpgrade.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    FieldCipher cipher;

    void onStart(@Observes StartupEvent start) {
        int total = KeysetBatches.untilDone(this::upgrade);
        if (total > 0) {
            LOG.infof("Caller-phone indexes of %d tickets recomputed under their own key", total);
        }
    }

    @Transactional
    Batch upgrade(UUID after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, organization_id, caller_phone_enc, caller_phone_index FROM hotline_ticket
                WHERE index_scheme = 1 AND id > ?1 ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, after).setParameter(2, BATCH).getResultList();
        int upgraded = 0;
        UUID last = after;
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            last = id;
            try {
                String phone = cipher.decrypt((String) r[2], "hotline_ticket.caller_phone_enc", id);
                String index = phone == null ? null : cipher.index(BlindIndex.CALLER_PHONE, PhoneNumbers.canonical(phone));
                upgraded += em.createNativeQuery("UPDATE hotline_ticket SET caller_phone_index = ?1, index_scheme = 2 WHERE id = ?2")
                        .setParameter(1, index).setParameter(2, id).executeUpdate();
                if (r[3] != null && index != null) {
                    em.createNativeQuery("""
                            UPDATE hotline_caller_flag SET phone_index = ?1, index_scheme = 2
                            WHERE organization_id = ?2 AND phone_index = ?3 AND index_scheme = 1""")
                            .setParameter(1, index).setParameter(2, r[1]).setParameter(3, r[3]).executeUpdate();
                }
            } catch (IllegalStateException e) {
                LOG.warnf("Ticket %s keeps its old caller index: its phone does not open (%s)", id, e.getClass().getSimpleName());
            }
        }
        return new Batch(rows.size(), upgraded, last);
    }
}
