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
import java.util.UUID;
import org.safereturn.common.error.ProblemException;

/** Livelihood counselling given to a member: the topic, a note (encrypted) and a follow-up date. */
@Entity
@Table(name = "club_counselling")
class Counselling {
    @Id
    UUID id;
    @Column(name = "club_id", nullable = false)
    UUID clubId;
    @Column(name = "member_id", nullable = false)
    UUID memberId;
    @Column(name = "counselled_on", nullable = false)
    LocalDate counselledOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CounsellingTopic topic;
    @Column(name = "note_enc")
    String noteEnc;
    @Column(name = "follow_up_on")
    LocalDate followUpOn;
    @Column(name = "followed_up_on")
    LocalDate followedUpOn;
    /** The referral the counselling led to (a vocational or loan service), if any. */
    @Column(name = "referral_id")
    UUID referralId;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Records that the follow-up happened; only once, and not before the counselling. */
    void followedUp(LocalDate on, OffsetDateTime now) {
        if (followedUpOn != null) {
            throw ProblemException.conflict("club.followed-up", "The follow-up was recorded on " + followedUpOn);
        }
        if (on.isBefore(counselledOn)) {
            throw ProblemException.invalid("on", "must not be before the counselling (" + counselledOn + ")");
        }
        followedUpOn = on;
        updatedAt = now;
    }

    /** Whether the follow-up is due and not done by that day. */
    boolean followUpDue(LocalDate today) {
        return followUpOn != null && followedUpOn == null && !followUpOn.isAfter(today);
    }
}
