package org.safereturn.club;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.safereturn.common.persistence.DemoData;

/**
 * DEMO DATA (dev and test only): a few members per group in each demo club, their names and
 * phones encrypted like any member's, two outreach workers on each board, and the attendance of
 * the meetings db/demo/clubs.sql records as held. Runs after the demo scripts, once per club: a club
 * that has members is left as it is.
 */
@ApplicationScoped
class ClubDemoData {
    private static final Logger LOG = Logger.getLogger(ClubDemoData.class);

    record DemoMember(String name, Sex sex, int birthYear, TargetGroup group, boolean outreach) {}

    private static final List<String> CLUBS = List.of("06", "07", "08", "09", "10");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"};
    private static final String[] WOMEN = {"Thị Lan", "Thị Hạnh", "Thị Huyền", "Thị Thảo", "Thị Ngọc", "Thị Phương", "Thu Trang", "Thị Linh"};
    private static final String[] MEN = {"Văn Hùng", "Văn Nam", "Đức Anh", "Văn Tú", "Minh Quang"};

    @Inject
    DemoData.Config demo;
    @Inject
    ClubMemberRepository members;
    @Inject
    BoardSeatRepository seats;
    @Inject
    MemberCodec codec;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    void load(@Observes @Priority(3000) StartupEvent start) {
        if (!demo.enabled()) {
            return;
        }
        for (int c = 0; c < CLUBS.size(); c++) {
            UUID club = UUID.fromString("00000000-0000-4000-a000-0000000000" + CLUBS.get(c));
            if (members.count("clubId", club) > 0) {
                continue;
            }
            List<DemoMember> roster = roster(c);
            for (int i = 0; i < roster.size(); i++) {
                add(club, roster.get(i), i);
            }
            LOG.infof("Demo club %s: %d members (demo installation)", club, roster.size());
        }
        recordAttendance();
    }

    /** Eight members of every group mix, names varied by club so that the clubs do not look alike. */
    static List<DemoMember> roster(int club) {
        TargetGroup[] groups = {TargetGroup.VICTIM, TargetGroup.RETURNED_ILLEGAL_MIGRANT, TargetGroup.AT_RISK, TargetGroup.AT_RISK,
                TargetGroup.PROSPECTIVE_MIGRANT_WORKER, TargetGroup.PROSPECTIVE_MIGRANT_WORKER, TargetGroup.RELATIVE_OF_VICTIM,
                TargetGroup.SOCIAL_WORK_COLLABORATOR, TargetGroup.SOCIAL_WORK_COLLABORATOR, TargetGroup.NEIGHBOURHOOD_OFFICER};
        var roster = new java.util.ArrayList<DemoMember>();
        for (int i = 0; i < groups.length; i++) {
            boolean man = i == 6 || i == 9 || (i == 5 && club % 2 == 0);
            String given = man ? MEN[(i + club) % MEN.length] : WOMEN[(i + 3 * club) % WOMEN.length];
            String name = FAMILY[(i * 5 + club * 7) % FAMILY.length] + " " + given;
            int birthYear = switch (groups[i]) {
                case AT_RISK, PROSPECTIVE_MIGRANT_WORKER -> 2003 + (i + club) % 5;
                case RELATIVE_OF_VICTIM -> 1968 + club;
                default -> 1985 + (i * 3 + club) % 12;
            };
            roster.add(new DemoMember(name, man ? Sex.MALE : Sex.FEMALE, birthYear, groups[i], groups[i] == TargetGroup.SOCIAL_WORK_COLLABORATOR));
        }
        return roster;
    }

    private void add(UUID club, DemoMember d, int i) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate joined = LocalDate.of(2022, 5, 1).plusMonths(i * 3L);
        ClubMember m = new ClubMember();
        m.id = UUID.randomUUID();
        m.clubId = club;
        codec.seal(m, d.name(), i % 3 == 0 ? null : "09" + String.format("%08d", Math.floorMod((d.name() + club).hashCode(), 100_000_000)));
        m.sex = d.sex();
        m.birthYear = (short) d.birthYear();
        m.targetGroup = d.group();
        m.joinedOn = joined;
        m.consentGivenOn = joined;
        m.consentGivenBy = ConsentGiver.SELF;
        m.createdAt = now;
        m.updatedAt = now;
        members.persist(m);
        if (d.outreach()) {
            BoardSeat seat = new BoardSeat();
            seat.id = UUID.randomUUID();
            seat.clubId = club;
            seat.role = BoardRole.OUTREACH_WORKER;
            seat.memberId = m.id;
            seat.fromDate = joined;
            seat.createdAt = now;
            seats.persist(seat);
        }
    }

    /** Who came to each held meeting without attendance yet: mostly present, some late, excused or absent; a few guests. */
    private void recordAttendance() {
        em.flush();
        em.createNativeQuery("""
                INSERT INTO club_attendance (meeting_id, member_id, status)
                SELECT mt.id, m.id, CASE abs(hashtext(mt.id::text || m.id::text)) % 10
                    WHEN 0 THEN 'ABSENT' WHEN 1 THEN 'EXCUSED' WHEN 2 THEN 'LATE' ELSE 'PRESENT' END
                FROM club_meeting mt JOIN club_member m ON m.club_id = mt.club_id AND m.joined_on <= mt.meeting_date AND m.erased_at IS NULL
                WHERE mt.status = 'HELD' AND NOT EXISTS (SELECT 1 FROM club_attendance a WHERE a.meeting_id = mt.id)
                  AND mt.club_id IN (SELECT organization_id FROM club WHERE organization_id::text LIKE '00000000-0000-4000-a000-%')""")
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO club_meeting_guest (meeting_id, sex, target_group, count)
                SELECT mt.id, 'FEMALE', 'AT_RISK', 1 + abs(hashtext(mt.id::text)) % 4
                FROM club_meeting mt
                WHERE mt.status = 'HELD' AND NOT EXISTS (SELECT 1 FROM club_meeting_guest g WHERE g.meeting_id = mt.id)
                  AND mt.club_id IN (SELECT organization_id FROM club WHERE organization_id::text LIKE '00000000-0000-4000-a000-%')""")
                .executeUpdate();
    }
}
