package org.safereturn.shelter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;

/** One person's stay in a shelter room, from check-in to check-out; open while {@code checkedOutAt} is null. */
@Entity
@Table(name = "shelter_stay")
class ShelterStay {
    /** How far ahead of the server's clock a client's "now" may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id")
    ShelterRoom room;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(name = "person_id", nullable = false)
    UUID personId;
    @Column(name = "checked_in_at", nullable = false)
    OffsetDateTime checkedInAt;
    @Column(name = "expected_check_out_at")
    OffsetDateTime expectedCheckOutAt;
    @Column(name = "checked_out_at")
    OffsetDateTime checkedOutAt;
    @Column(name = "check_out_reason_enc")
    String checkOutReasonEnc;
    @Column(name = "created_by_subject", nullable = false)
    String createdBySubject;
    @Column(name = "created_by_name", nullable = false)
    String createdByName;
    @Column(name = "checked_out_by_subject")
    String checkedOutBySubject;
    @Column(name = "checked_out_by_name")
    String checkedOutByName;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    boolean current() {
        return checkedOutAt == null;
    }

    /** The check-in's dates: not in the future, and the expected check-out after the check-in (422 otherwise). */
    static void checkDates(OffsetDateTime checkedInAt, OffsetDateTime expectedCheckOutAt, OffsetDateTime now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (checkedInAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new Problem.FieldError("checkedInAt", "must not be in the future"));
        }
        if (expectedCheckOutAt != null && !expectedCheckOutAt.isAfter(checkedInAt)) {
            errors.add(new Problem.FieldError("expectedCheckOutAt", "must be after checkedInAt"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation.failed", "The request is not valid",
                    errors.size() + " field(s) are not valid", errors);
        }
    }

    /** Ends the stay; a second check-out is 409 {@code shelter.already-checked-out}, a time before check-in or in the future 422. */
    /** Ends the stay; {@code reasonEnc} is the reason as the cipher sealed it for this stay. */
    void checkOut(OffsetDateTime at, String reasonEnc, String bySubject, String byName, OffsetDateTime now) {
        if (checkedOutAt != null) {
            throw ProblemException.conflict("shelter.already-checked-out", "This stay ended at " + checkedOutAt);
        }
        if (at.isBefore(checkedInAt)) {
            throw ProblemException.invalid("checkedOutAt", "must not be before checkedInAt (" + checkedInAt + ")");
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("checkedOutAt", "must not be in the future");
        }
        checkedOutAt = at;
        checkOutReasonEnc = reasonEnc;
        checkedOutBySubject = bySubject;
        checkedOutByName = byName;
    }
}
