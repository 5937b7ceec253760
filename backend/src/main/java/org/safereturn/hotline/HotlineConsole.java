package org.safereturn.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safereturn.common.persistence.Counts;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.directory.OrganizationService;
import org.safereturn.hotline.HotlineDtos.Console;
import org.safereturn.hotline.HotlineDtos.CountByKey;
import org.safereturn.hotline.HotlineDtos.DueCallback;
import org.safereturn.hotline.HotlineDtos.Today;
import org.safereturn.common.persistence.NativeValues;

/**
 * What an operator's screen shows, in one call: open tickets by urgency and deadline, callbacks
 * due, the caller's own tickets and today's counts. No personal data, so no audit event.
 */
@ApplicationScoped
class HotlineConsole {
    static final int ROWS = 20;

    @Inject
    TicketService tickets;
    @Inject
    HotlineReference reference;
    @Inject
    OrganizationService organizations;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    HotlineConfig config;

    private final TodayCounts<Today> counted = new TodayCounts<>(() -> config.consoleCountsFreshFor());

    @Transactional
    Console console() {
        UUID organizationId = organizations.callerOrganization();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String open = "FROM HotlineTicket WHERE organizationId = :org and " + TicketService.OPEN_LITERALS;
        var openTickets = em.createQuery(open + " ORDER BY urgencyRank, responseDueAt, id", HotlineTicket.class)
                .setParameter("org", organizationId).setMaxResults(ROWS).getResultList()
                .stream().map(t -> tickets.summary(t, now)).toList();
        long openTotal = Counts.upToCap(em.createQuery("SELECT id " + open, UUID.class).setParameter("org", organizationId)).total();
        var mine = em.createQuery("FROM HotlineTicket WHERE assignedSubject = :me and organizationId = :org and " + TicketService.OPEN_LITERALS
                        + " ORDER BY urgencyRank, responseDueAt, id", HotlineTicket.class)
                .setParameter("me", user.subject()).setParameter("org", organizationId).setMaxResults(ROWS).getResultList()
                .stream().map(t -> tickets.summary(t, now)).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                SELECT c.id, c.ticket_id, t.number, c.due_at FROM hotline_callback c JOIN hotline_ticket t ON t.id = c.ticket_id
                WHERE c.organization_id = ?1 AND c.status = 'SCHEDULED' AND c.due_at < ?2
                ORDER BY c.due_at LIMIT ?3""")
                .setParameter(1, organizationId).setParameter(2, now.plusHours(24)).setParameter(3, ROWS).getResultList();
        List<DueCallback> callbacks = due.stream().map(row -> {
            OffsetDateTime at = NativeValues.offsetDateTime(row[3]);
            return new DueCallback((UUID) row[0], (UUID) row[1], HotlineTicket.label(((Number) row[2]).longValue()), at, at.isBefore(now));
        }).toList();
        return new Console(openTickets, openTotal, callbacks, mine, today(organizationId, now), now);
    }

    private Today today(UUID organizationId, OffsetDateTime now) {
        OffsetDateTime midnight = now.atZoneSameInstant(TicketService.VIETNAM).toLocalDate().atStartOfDay(TicketService.VIETNAM).toOffsetDateTime();
        return counted.get(organizationId, midnight, now, () -> count(organizationId, midnight));
    }

    /** Counts since midnight in Vietnam, per line, channel, urgency and category: two index range scans. */
    private Today count(UUID organizationId, OffsetDateTime midnight) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CASE WHEN GROUPING(line_id) = 0 THEN 'line' WHEN GROUPING(channel) = 0 THEN 'channel'
                            WHEN GROUPING(urgency) = 0 THEN 'urgency' ELSE 'total' END,
                       coalesce(line_id::text, channel, urgency), count(*)
                FROM hotline_ticket WHERE organization_id = ?1 AND started_at >= ?2
                GROUP BY GROUPING SETS ((line_id), (channel), (urgency), ())""")
                .setParameter(1, organizationId).setParameter(2, midnight).getResultList();
        long total = 0;
        List<CountByKey> byLine = new ArrayList<>();
        List<CountByKey> byChannel = new ArrayList<>();
        List<CountByKey> byUrgency = new ArrayList<>();
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            switch ((String) row[0]) {
                case "line" -> byLine.add(new CountByKey(reference.line(UUID.fromString((String) row[1]))
                        .map(HotlineDtos.LineView::code).orElse((String) row[1]), count));
                case "channel" -> byChannel.add(new CountByKey((String) row[1], count));
                case "urgency" -> byUrgency.add(new CountByKey((String) row[1], count));
                default -> total = count;
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> categoryRows = em.createNativeQuery("""
                SELECT category, count(*) FROM hotline_ticket, unnest(categories) AS category
                WHERE organization_id = ?1 AND started_at >= ?2 GROUP BY category ORDER BY count(*) DESC, category""")
                .setParameter(1, organizationId).setParameter(2, midnight).getResultList();
        List<CountByKey> byCategory = categoryRows.stream().map(r -> new CountByKey((String) r[0], ((Number) r[1]).longValue())).toList();
        var byCount = java.util.Comparator.comparingLong(CountByKey::count).reversed().thenComparing(CountByKey::key);
        byLine.sort(byCount);
        byChannel.sort(byCount);
        byUrgency.sort(byCount);
        return new Today(total, byLine, byChannel, byCategory, byUrgency);
    }
}
