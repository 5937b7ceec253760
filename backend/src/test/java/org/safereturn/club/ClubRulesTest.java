package org.safereturn.club;

import org.safereturn.common.ctdc.AgeBand;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.common.error.ProblemException;

/** The board, the meeting series, attendance days and the membership rules, without a server. */
class ClubRulesTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    static BoardSeat seat(BoardRole role, String staff, LocalDate from, LocalDate to) {
        BoardSeat s = new BoardSeat();
        s.id = UUID.randomUUID();
        s.role = role;
        s.staffName = staff;
        s.fromDate = from;
        s.toDate = to;
        return s;
    }

    static String code(Runnable r) {
        return assertThrows(ProblemException.class, r::run).code();
    }

    @Test
    void aClubHasOneHeadAtATimeButAHeadMayFollowAnother() {
        List<BoardSeat> board = List.of(seat(BoardRole.HEAD, "Đỗ Thị Mai", JAN, LocalDate.of(2026, 6, 30)));
        assertEquals("club.head-taken", code(() -> BoardRules.admit(board, 5, BoardRole.HEAD, null, "Trần Thị Liên", LocalDate.of(2026, 3, 1), null)));
        assertEquals("club.head-taken", code(() -> BoardRules.admit(board, 5, BoardRole.HEAD, null, "Trần Thị Liên", LocalDate.of(2025, 1, 1), JAN)));
        assertDoesNotThrow(() -> BoardRules.admit(board, 5, BoardRole.HEAD, null, "Trần Thị Liên", LocalDate.of(2026, 7, 1), null));
        assertDoesNotThrow(() -> BoardRules.admit(board, 5, BoardRole.DEPUTY_HEAD, null, "Trần Thị Liên", JAN, null));
    }

    @Test
    void theBoardNeverHoldsMoreSeatsThanTheRulesAllowOnAnyDay() {
        List<BoardSeat> board = new ArrayList<>();
        board.add(seat(BoardRole.HEAD, "A", JAN, null));
        board.add(seat(BoardRole.DEPUTY_HEAD, "B", JAN, null));
        board.add(seat(BoardRole.OUTREACH_WORKER, "C", JAN, LocalDate.of(2026, 3, 31)));
        // Three seats allowed: full until C leaves at the end of March; a fourth fits from April.
        assertEquals("club.board-full", code(() -> BoardRules.admit(board, 3, BoardRole.OUTREACH_WORKER, null, "D", LocalDate.of(2026, 2, 1), null)));
        assertDoesNotThrow(() -> BoardRules.admit(board, 3, BoardRole.OUTREACH_WORKER, null, "D", LocalDate.of(2026, 4, 1), null));
        // A seat starting before C's end but reaching into a day when a later seat also starts is counted on that day.
        board.add(seat(BoardRole.OUTREACH_WORKER, "E", LocalDate.of(2026, 5, 1), null));
        assertEquals("club.board-full", code(() -> BoardRules.admit(board, 3, BoardRole.OUTREACH_WORKER, null, "D", LocalDate.of(2026, 4, 1), null)));
        assertDoesNotThrow(() -> BoardRules.admit(board, 3, BoardRole.OUTREACH_WORKER, null, "D", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    }

    @Test
    void nobodyHoldsTwoSeatsAtOnce() {
        UUID member = UUID.randomUUID();
        BoardSeat held = seat(BoardRole.OUTREACH_WORKER, null, JAN, null);
        held.staffName = null;
        held.memberId = member;
        assertEquals("club.seat-held", code(() -> BoardRules.admit(List.of(held), 5, BoardRole.DEPUTY_HEAD, member, null, LocalDate.of(2026, 2, 1), null)));
        assertEquals("club.seat-held", code(() -> BoardRules.admit(List.of(seat(BoardRole.HEAD, "Đỗ Thị Mai", JAN, null)), 5,
                BoardRole.OUTREACH_WORKER, null, "đỗ thị mai", JAN, null)));
    }

    @Test
    void aSeriesFallsOnTheSameDayEachMonthClippedToShortMonthsAndSkipsMonthsWithAMeeting() {
        List<LocalDate> dates = MeetingSeries.dates(YearMonth.of(2026, 11), 4, 31, List.of(LocalDate.of(2026, 12, 5)));
        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28)), dates);
        assertThrows(IllegalArgumentException.class, () -> MeetingSeries.dates(YearMonth.of(2026, 1), 25, 1, List.of()));
        assertEquals(List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 4)), MeetingSeries.monthsWithoutHeld(YearMonth.of(2026, 1),
                YearMonth.of(2026, 4), List.of(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20))));
    }

    @Test
    void attendanceIsNeverForADayStillToCome() {
        ClubMeeting m = new ClubMeeting();
        m.meetingDate = LocalDate.of(2026, 12, 6);
        m.status = MeetingStatus.PLANNED;
        assertEquals("club.meeting-in-future", code(() -> m.markHeld(LocalDate.of(2026, 12, 5), OffsetDateTime.now())));
        assertEquals(MeetingStatus.PLANNED, m.status);
        m.markHeld(LocalDate.of(2026, 12, 6), OffsetDateTime.now());
        assertEquals(MeetingStatus.HELD, m.status);
    }

    @Test
    void aMemberCountsFromTheDayTheyJoinedToTheDayTheyLeftAndNotOnceErased() {
        ClubMember m = new ClubMember();
        m.joinedOn = LocalDate.of(2026, 3, 1);
        assertFalse(m.memberOn(LocalDate.of(2026, 2, 28)));
        assertTrue(m.memberOn(LocalDate.of(2026, 3, 1)));
        assertEquals("validation.failed", code(() -> m.leave(LocalDate.of(2026, 2, 1), OffsetDateTime.now())));
        m.leave(LocalDate.of(2026, 6, 30), OffsetDateTime.now());
        assertTrue(m.memberOn(LocalDate.of(2026, 6, 30)));
        assertFalse(m.memberOn(LocalDate.of(2026, 7, 1)));
        assertEquals("club.member-left", code(() -> m.leave(LocalDate.of(2026, 7, 1), OffsetDateTime.now())));
        m.fullNameEnc = "v2:k:sealed";
        m.phoneEnc = "v2:k:sealed";
        m.erase(LocalDate.of(2026, 8, 1), OffsetDateTime.now());
        assertEquals(null, m.fullNameEnc);
        assertEquals(null, m.phoneEnc);
        assertFalse(m.memberOn(LocalDate.of(2026, 4, 1)), "an erased member is counted, never listed");
        assertEquals("club.member-erased", code(() -> m.erase(LocalDate.of(2026, 8, 2), OffsetDateTime.now())));
    }

    @Test
    void membersAreSharedByCtdcAgeBandAndInitials() {
        assertEquals(AgeBand.AGE_18_20, AgeBand.of(2006, 2026));
        assertEquals(AgeBand.AGE_9_17, AgeBand.of(2009, 2026));
        assertEquals(AgeBand.AGE_48_PLUS, AgeBand.of(1970, 2026));
        assertEquals(AgeBand.UNKNOWN, AgeBand.of(null, 2026));
        assertEquals(AgeBand.UNKNOWN, AgeBand.of(2030, 2026));
        assertEquals("P.T.H.", CounsellingService.initials("  Phạm  Thị Hạnh "));
        assertEquals("Đ.V.T.", CounsellingService.initials("đỗ văn tú"));
    }
}
