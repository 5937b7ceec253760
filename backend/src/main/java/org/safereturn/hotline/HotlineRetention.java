package org.safereturn.hotline;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.safereturn.audit.AuditService;
import org.safereturn.place.PlaceService;

/**
 * The retention rule for contacts that never became a case or a referral: once they are resolved
 * or closed and older than {@code safereturn.hotline.retain-personal-data}, names, numbers,
 * summaries and notes are removed. What stays (line, channel, dates, urgency, categories,
 * outcome, province) still counts in reports. Rows are claimed with SKIP LOCKED, so several
 * backend copies may run it.
 */
@ApplicationScoped
class HotlineRetention {
    private static final Logger LOG = Logger.getLogger(HotlineRetention.class);
    static final int BATCH = 200;

    @Inject
    HotlineConfig config;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Scheduled(every = "${safereturn.hotline.retention-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int done;
        do {
            done = deidentify(OffsetDateTime.now(clock), BATCH);
            if (done > 0) {
                LOG.infof("De-identified %d hotline ticket(s) past the retention period", done);
            }
        } while (done == BATCH);
    }

    /** De-identifies up to {@code limit} tickets due at {@code now}; how many it did. */
    @Transactional
    int deidentify(OffsetDateTime now, int limit) {
        OffsetDateTime cutoff = now.minus(config.retainPersonalData());
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT id FROM hotline_ticket
                WHERE deidentified_at IS NULL AND case_id IS NULL AND referral_id IS NULL
                  AND status IN ('RESOLVED', 'CLOSED') AND started_at < ?1
                ORDER BY started_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, cutoff).setParameter(2, limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        OffsetDateTime at = now.truncatedTo(ChronoUnit.MICROS);
        for (UUID id : ids) {
            HotlineTicket t = em.find(HotlineTicket.class, id);
            t.callerNameEnc = null;
            t.callerPhoneEnc = null;
            t.callerPhoneIndex = null;
            t.concernedNameEnc = null;
            t.summaryEnc = null;
            t.outcomeNoteEnc = null;
            // The commune could single a family out; the province still tells where calls come from.
            t.callerPlaceCode = places.provinceOf(t.callerPlaceCode).orElse(null);
            t.concernedPlaceCode = places.provinceOf(t.concernedPlaceCode).orElse(null);
            t.deidentifiedAt = at;
            t.updatedAt = at;
            TicketEvent e = new TicketEvent();
            e.ticketId = t.id;
            e.occurredAt = at;
            e.type = TicketEvent.Type.DEIDENTIFIED;
            e.status = t.status;
            e.actorSubject = "system";
            e.actorName = "SafeReturn";
            em.persist(e);
            audit.recordBySystem("TICKET_DEIDENTIFIED", TicketService.RECORD, t.id, t.organizationId, null);
        }
        em.createQuery("UPDATE TicketEvent e SET e.noteEnc = null WHERE e.ticketId IN (:ids)").setParameter("ids", ids).executeUpdate();
        em.createQuery("UPDATE TicketCallback c SET c.noteEnc = null, c.resultNoteEnc = null WHERE c.ticketId IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
        return ids.size();
    }
}
