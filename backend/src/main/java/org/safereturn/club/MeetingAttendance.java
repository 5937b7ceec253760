package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.club.ClubDtos.AttendanceCounts;
import org.safereturn.club.ClubDtos.AttendanceEntry;
import org.safereturn.club.ClubDtos.GuestCount;
import org.safereturn.club.ClubDtos.RosterEntry;

/** Who attended a meeting and the guests counted there: read as counts or as a list, saved whole. */
@ApplicationScoped
class MeetingAttendance {
    static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0, 0);

    @Inject
    EntityManager em;
    @Inject
    ClubMemberRepository members;
    @Inject
    MemberCodec codec;

    /** Replaces the attendance and the guests of a meeting, each in one statement. */
    void replace(UUID meetingId, List<AttendanceEntry> entries, List<GuestCount> guests) {
        em.createNativeQuery("DELETE FROM club_attendance WHERE meeting_id = ?1").setParameter(1, meetingId).executeUpdate();
        if (!entries.isEmpty()) {
            em.createNativeQuery("""
                    INSERT INTO club_attendance (meeting_id, member_id, status)
                    SELECT ?1, m, s FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS varchar[])) AS a(m, s)""")
                    .setParameter(1, meetingId)
                    .setParameter(2, entries.stream().map(e -> e.memberId().toString()).toArray(String[]::new))
                    .setParameter(3, entries.stream().map(e -> e.status().name()).toArray(String[]::new))
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM club_meeting_guest WHERE meeting_id = ?1").setParameter(1, meetingId).executeUpdate();
        for (GuestCount g : guests) {
            if (g.count() > 0) {
                em.createNativeQuery("INSERT INTO club_meeting_guest (meeting_id, sex, target_group, count) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, meetingId).setParameter(2, g.sex().name()).setParameter(3, g.targetGroup().name())
                        .setParameter(4, g.count()).executeUpdate();
            }
        }
    }

    /** Members by how they took part, per meeting; meetings without attendance are absent. */
    Map<UUID, AttendanceCounts> counts(Collection<UUID> meetingIds) {
        Map<UUID, AttendanceCounts> counts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT meeting_id, count(*) FILTER (WHERE status = 'PRESENT'), count(*) FILTER (WHERE status = 'LATE'),
                       count(*) FILTER (WHERE status = 'EXCUSED'), count(*) FILTER (WHERE status = 'ABSENT')
                FROM club_attendance WHERE meeting_id = ANY(CAST(?1 AS uuid[])) GROUP BY meeting_id""")
                .setParameter(1, meetingIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            counts.put((UUID) r[0], new AttendanceCounts(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return counts;
    }

    Map<UUID, Long> guestTotals(Collection<UUID> meetingIds) {
        Map<UUID, Long> totals = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return totals;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT meeting_id, sum(count) FROM club_meeting_guest WHERE meeting_id = ANY(CAST(?1 AS uuid[])) GROUP BY meeting_id")
                .setParameter(1, meetingIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        rows.forEach(r -> totals.put((UUID) r[0], ((Number) r[1]).longValue()));
        return totals;
    }

    List<GuestCount> guests(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT sex, target_group, count FROM club_meeting_guest WHERE meeting_id = ?1 ORDER BY sex, target_group")
                .setParameter(1, meetingId).getResultList();
        return rows.stream().map(r -> new GuestCount(Sex.valueOf((String) r[0]), TargetGroup.valueOf((String) r[1]), ((Number) r[2]).intValue()))
                .toList();
    }

    /**
     * The meeting as an attendance save leaves it, from the request and the members it listed
     * (already read to check them): counts, guests and roster without reading them back. Only the
     * members of the day who were not listed are read, usually none.
     */
    ClubDtos.MeetingView saved(ClubMeeting meeting, List<AttendanceEntry> entries, List<GuestCount> guests, Map<UUID, ClubMember> listed,
                               String minutes, List<ClubDtos.MeetingAction> actions) {
        long[] byStatus = new long[AttendanceStatus.values().length];
        Map<UUID, AttendanceStatus> status = new HashMap<>();
        for (AttendanceEntry e : entries) {
            byStatus[e.status().ordinal()]++;
            status.put(e.memberId(), e.status());
        }
        AttendanceCounts counts = new AttendanceCounts(byStatus[AttendanceStatus.PRESENT.ordinal()], byStatus[AttendanceStatus.LATE.ordinal()],
                byStatus[AttendanceStatus.EXCUSED.ordinal()], byStatus[AttendanceStatus.ABSENT.ordinal()]);
        List<GuestCount> kept = guests.stream().filter(g -> g.count() > 0)
                .sorted(Comparator.comparing((GuestCount g) -> g.sex().name()).thenComparing(g -> g.targetGroup().name())).toList();
        @SuppressWarnings("unchecked")
        List<UUID> others = em.createNativeQuery("""
                SELECT m.id FROM club_member m
                WHERE m.club_id = ?1 AND m.erased_at IS NULL AND m.joined_on <= ?2 AND (m.left_on IS NULL OR m.left_on >= ?2)
                  AND NOT (m.id = ANY(CAST(?3 AS uuid[])))""")
                .setParameter(1, meeting.clubId).setParameter(2, meeting.meetingDate)
                .setParameter(3, listed.keySet().stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        List<ClubMember> roster = new java.util.ArrayList<>(listed.values());
        if (!others.isEmpty()) {
            roster.addAll(members.findByIds((java.util.Collection<UUID>) others));
        }
        List<RosterEntry> entriesOut = roster.stream()
                .map(m -> new RosterEntry(m.id, m.erasedAt == null ? codec.fullName(m) : null, m.targetGroup, status.get(m.id)))
                .sorted(ROSTER_ORDER).toList();
        return new ClubDtos.MeetingView(meeting.id, meeting.clubId, meeting.meetingDate, meeting.status, meeting.place, List.copyOf(meeting.topics),
                minutes, counts, kept.stream().mapToLong(GuestCount::count).sum(), entriesOut, kept, actions, meeting.version);
    }

    private static final Comparator<RosterEntry> ROSTER_ORDER =
            Comparator.comparing(RosterEntry::targetGroup).thenComparing(e -> e.fullName() == null ? "" : e.fullName());

    /**
     * The meeting's roster with the members' names, for the club's own users: every member on the
     * meeting's day (with their status once recorded) and anyone recorded who is no longer one.
     */
    List<RosterEntry> roster(ClubMeeting meeting) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.id, a.status FROM club_member m
                LEFT JOIN club_attendance a ON a.member_id = m.id AND a.meeting_id = ?1
                WHERE m.club_id = ?2 AND (a.status IS NOT NULL
                    OR (m.erased_at IS NULL AND m.joined_on <= ?3 AND (m.left_on IS NULL OR m.left_on >= ?3)))""")
                .setParameter(1, meeting.id).setParameter(2, meeting.clubId).setParameter(3, meeting.meetingDate).getResultList();
        Map<UUID, String> status = new HashMap<>();
        rows.forEach(r -> status.put((UUID) r[0], (String) r[1]));
        return members.findByIds(status.keySet()).stream()
                .map(m -> new RosterEntry(m.id, m.erasedAt == null ? codec.fullName(m) : null, m.targetGroup,
                        status.get(m.id) == null ? null : AttendanceStatus.valueOf(status.get(m.id))))
                .sorted(ROSTER_ORDER)
                .toList();
    }
}
