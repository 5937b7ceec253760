package org.safereturn.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;

/** A seat on a club's board, held by a member or a staff member from a day, until a day or for now. */
@Entity
@Table(name = "club_board_seat")
class BoardSeat {
    @Id
    UUID id;
    @Column(name = "club_id", nullable = false)
    UUID clubId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    BoardRole role;
    @Column(name = "member_id")
    UUID memberId;
    @Column(name = "staff_name")
    String staffName;
    @Column(name = "from_date", nullable = false)
    LocalDate fromDate;
    @Column(name = "to_date")
    LocalDate toDate;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Whether the seat is held on that day. */
    boolean heldOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }

    /** Whether this seat and another are held on at least one common day. */
    boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !fromDate.isAfter(to);
        boolean endsAfterOtherStarts = toDate == null || !toDate.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** Ends the seat on a day: not before it began, and only once. */
    void end(LocalDate on) {
        if (toDate != null) {
            throw ProblemException.conflict("club.seat-ended", "The seat has already ended on " + toDate);
        }
        if (on.isBefore(fromDate)) {
            throw ProblemException.invalid("on", "must not be before the seat began (" + fromDate + ")");
        }
        toDate = on;
    }
}
