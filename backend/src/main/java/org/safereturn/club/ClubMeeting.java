package org.safereturn.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.safereturn.common.error.ProblemException;

/** One meeting of a club on one day: planned, then held with its topics, minutes and attendance. */
@Entity
@Table(name = "club_meeting")
class ClubMeeting {
    @Id
    UUID id;
    @Column(name = "club_id", nullable = false)
    UUID clubId;
    @Column(name = "meeting_date", nullable = false)
    LocalDate meetingDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MeetingStatus status;
    String place;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> topics = new ArrayList<>();
    @Column(name = "minutes_enc")
    String minutesEnc;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** A meeting is recorded as held only on or after its day. */
    void requireNotInFuture(LocalDate today) {
        if (meetingDate.isAfter(today)) {
            throw new ProblemException(422, "club.meeting-in-future", "The meeting has not happened yet",
                    "A meeting on " + meetingDate + " cannot be recorded as held, nor its attendance, before that day",
                    List.of(new org.safereturn.common.error.Problem.FieldError("meetingDate", "is after today")));
        }
    }

    /** Marks the meeting held (after checking its day has come). */
    void markHeld(LocalDate today, OffsetDateTime now) {
        requireNotInFuture(today);
        status = MeetingStatus.HELD;
        updatedAt = now;
    }

    /** What the caller may do with the meeting: the club's own users edit it, and record attendance once its day has come. */
    static List<ClubDtos.MeetingAction> actions(LocalDate meetingDate, boolean own, LocalDate today) {
        if (!own) {
            return List.of();
        }
        // Materials may be added before the meeting (what it will use) and after it (what it produced).
        return meetingDate.isAfter(today) ? List.of(ClubDtos.MeetingAction.EDIT, ClubDtos.MeetingAction.ADD_MATERIAL)
                : List.of(ClubDtos.MeetingAction.EDIT, ClubDtos.MeetingAction.RECORD_ATTENDANCE, ClubDtos.MeetingAction.ADD_MATERIAL);
    }
}
