package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safereturn.club.ClubDtos.ClubSummary;
import org.safereturn.club.ClubDtos.MeetingRef;
import org.safereturn.common.persistence.NativeValues;

/**
 * The clubs a scope reaches, with their activity of the last twelve months, in one statement: the
 * province overview reads a hundred clubs with years of meetings this way.
 */
@ApplicationScoped
class ClubQueries {
    @Inject
    EntityManager em;

    record Header(String nameVi, String nameEn, String status, String placeName, String sponsorName) {}

    /** A page of clubs of the scope, by name; {@code q} searches names without tone marks. */
    List<ClubSummary> page(ClubAccess.Scope scope, String q, LocalDate today, int page, int size) {
        YearMonth thisMonth = YearMonth.from(today);
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, q, params);
        LocalDate from = thisMonth.minusMonths(12).atDay(1);
        LocalDate to = thisMonth.minusMonths(1).atEndOfMonth();
        Query query = em.createNativeQuery("""
                SELECT o.id, o.name_vi, o.name_en, o.status, c.place_code, p.name_vi AS place_name,
                    (SELECT count(*) FROM club_member m WHERE m.club_id = c.organization_id AND m.erased_at IS NULL
                        AND (m.left_on IS NULL OR m.left_on >= :today)) AS members,
                    (SELECT count(*) FROM club_meeting h WHERE h.club_id = c.organization_id AND h.status = 'HELD'
                        AND h.meeting_date BETWEEN :from AND :to) AS held,
                    (SELECT count(DISTINCT date_trunc('month', h.meeting_date)) FROM club_meeting h WHERE h.club_id = c.organization_id
                        AND h.status = 'HELD' AND h.meeting_date BETWEEN :from AND :to) AS held_months,
                    (SELECT max(h.meeting_date) FROM club_meeting h WHERE h.club_id = c.organization_id AND h.status = 'HELD') AS last_held,
                    tm.id AS this_id, tm.meeting_date AS this_date, tm.status AS this_status
                FROM club c JOIN organization o ON o.id = c.organization_id
                LEFT JOIN place p ON p.code = c.place_code
                LEFT JOIN LATERAL (SELECT id, meeting_date, status FROM club_meeting t WHERE t.club_id = c.organization_id
                    AND t.meeting_date BETWEEN :monthStart AND :monthEnd ORDER BY meeting_date LIMIT 1) tm ON true
                """ + where + " ORDER BY o.name_vi, o.id LIMIT :limit OFFSET :offset");
        params.forEach(query::setParameter);
        query.setParameter("today", today).setParameter("from", from).setParameter("to", to)
                .setParameter("monthStart", thisMonth.atDay(1)).setParameter("monthEnd", thisMonth.atEndOfMonth())
                .setParameter("limit", size).setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ClubSummary((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), 12 - ((Number) r[8]).longValue(),
                NativeValues.localDate(r[9]),
                r[10] == null ? null : new MeetingRef((UUID) r[10], NativeValues.localDate(r[11]), MeetingStatus.valueOf((String) r[12]),
                        ClubMeeting.actions(NativeValues.localDate(r[11]), scope.level() == ClubAccess.Level.OWN, today))))
                .toList();
    }

    long count(ClubAccess.Scope scope, String q) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("SELECT count(*) FROM club c JOIN organization o ON o.id = c.organization_id " + where(scope, q, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(ClubAccess.Scope scope, String q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("WHERE true");
        if (scope.level() == ClubAccess.Level.OWN) {
            where.append(" AND c.organization_id = :own");
            params.put("own", scope.ownClub());
        } else if (scope.province() != null) {
            where.append(" AND c.province_code = :province");
            params.put("province", scope.province());
        }
        if (q != null && !q.isBlank()) {
            where.append(" AND o.search_text LIKE '%' || sr_fold(:q) || '%'");
            params.put("q", q.trim());
        }
        return where.toString();
    }

    /** The names a club's page shows beside its profile. */
    Optional<Header> header(UUID clubId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.name_vi, o.name_en, o.status, p.name_vi AS place_name, s.name_vi AS sponsor_name
                FROM club c JOIN organization o ON o.id = c.organization_id
                LEFT JOIN place p ON p.code = c.place_code
                LEFT JOIN organization s ON s.id = c.sponsor_organization_id
                WHERE c.organization_id = ?1""").setParameter(1, clubId).getResultList();
        return rows.stream().findFirst().map(r -> new Header((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
    }

    /** Per month of the year: clubs that held a meeting, meetings held and members who came (present or late). */
    List<ClubDtos.MonthActivity> months(ClubAccess.Scope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, null, params);
        Query query = em.createNativeQuery("""
                SELECT to_char(m.month, 'YYYY-MM'), count(DISTINCT h.club_id), count(DISTINCT h.id), count(a.member_id)
                FROM generate_series(make_date(:year, 1, 1), make_date(:year, 12, 1), interval '1 month') AS m(month)
                LEFT JOIN club_meeting h ON h.status = 'HELD' AND date_trunc('month', h.meeting_date) = m.month
                    AND h.club_id IN (SELECT c.organization_id FROM club c JOIN organization o ON o.id = c.organization_id\s""" + where + """
                    )
                LEFT JOIN club_attendance a ON a.meeting_id = h.id AND a.status IN ('PRESENT', 'LATE')
                GROUP BY m.month ORDER BY m.month""");
        params.forEach(query::setParameter);
        query.setParameter("year", year);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ClubDtos.MonthActivity((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    /** Active members by group across the clubs reached. */
    Map<TargetGroup, Long> membersByGroup(ClubAccess.Scope scope, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, null, params);
        Query query = em.createNativeQuery("""
                SELECT m.target_group, count(*) FROM club_member m
                WHERE m.erased_at IS NULL AND (m.left_on IS NULL OR m.left_on >= :today)
                  AND m.club_id IN (SELECT c.organization_id FROM club c JOIN organization o ON o.id = c.organization_id\s""" + where + """
                  )
                GROUP BY m.target_group""");
        params.forEach(query::setParameter);
        query.setParameter("today", today);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<TargetGroup, Long> counts = new java.util.EnumMap<>(TargetGroup.class);
        rows.forEach(r -> counts.put(TargetGroup.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }
}
