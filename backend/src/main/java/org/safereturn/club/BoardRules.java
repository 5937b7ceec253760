package org.safereturn.club;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;

/**
 * Whether a new seat fits a club's board: on no day may the board hold more seats than the club's
 * rules allow, there is one head at a time, and nobody holds two seats at once.
 */
final class BoardRules {
    private BoardRules() {}

    static void admit(List<BoardSeat> seats, int allowed, BoardRole role, UUID memberId, String staffName, LocalDate from, LocalDate to) {
        List<BoardSeat> overlapping = seats.stream().filter(s -> s.overlaps(from, to)).toList();
        if (role == BoardRole.HEAD && overlapping.stream().anyMatch(s -> s.role == BoardRole.HEAD)) {
            throw ProblemException.conflict("club.head-taken",
                    "The club has a head for this period; end that seat first (a club has one head at a time)");
        }
        boolean samePerson = overlapping.stream().anyMatch(s -> memberId != null ? memberId.equals(s.memberId)
                : staffName != null && s.staffName != null && staffName.equalsIgnoreCase(s.staffName));
        if (samePerson) {
            throw ProblemException.conflict("club.seat-held", "This person already holds a seat on the board in this period");
        }
        // The most seats held at once within the new period is reached on a day some seat begins.
        List<LocalDate> days = new ArrayList<>();
        days.add(from);
        overlapping.stream().map(s -> s.fromDate).filter(d -> d.isAfter(from) && (to == null || !d.isAfter(to))).forEach(days::add);
        for (LocalDate day : days) {
            long held = overlapping.stream().filter(s -> s.heldOn(day)).count();
            if (held + 1 > allowed) {
                throw ProblemException.conflict("club.board-full",
                        "The board already has " + held + " of the " + allowed + " seats the club's rules allow on " + day);
            }
        }
    }
}
