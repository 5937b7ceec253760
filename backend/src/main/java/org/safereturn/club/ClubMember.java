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

/**
 * A member of a club. The club keeps a member's data only with their (or their guardian's)
 * recorded consent; name and phone are encrypted. When the consent is withdrawn the record is
 * erased: name and phone go, the counts (sex, birth year, group, meetings attended) stay.
 */
@Entity
@Table(name = "club_member")
class ClubMember {
    @Id
    UUID id;
    @Column(name = "club_id", nullable = false)
    UUID clubId;
    @Column(name = "full_name_enc")
    String fullNameEnc;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Sex sex;
    @Column(name = "birth_year")
    Short birthYear;
    @Column(name = "phone_enc")
    String phoneEnc;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    TargetGroup targetGroup;
    @Column(name = "joined_on", nullable = false)
    LocalDate joinedOn;
    @Column(name = "left_on")
    LocalDate leftOn;
    @Column(name = "consent_given_on", nullable = false)
    LocalDate consentGivenOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_given_by", nullable = false)
    ConsentGiver consentGivenBy;
    @Column(name = "erased_at")
    OffsetDateTime erasedAt;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Whether the person was a member on that day (joined by then, not left before it). */
    boolean memberOn(LocalDate day) {
        return erasedAt == null && !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    /** Records that the member left the club on a day; not before they joined, and only once. */
    void leave(LocalDate on, OffsetDateTime now) {
        if (erasedAt != null || leftOn != null) {
            throw ProblemException.conflict("club.member-left", "The member has already left the club");
        }
        if (on.isBefore(joinedOn)) {
            throw ProblemException.invalid("on", "must not be before the day the member joined (" + joinedOn + ")");
        }
        leftOn = on;
        updatedAt = now;
    }

    /** The consent is withdrawn: name and phone are erased at once; the member leaves the club that day. */
    void erase(LocalDate today, OffsetDateTime now) {
        if (erasedAt != null) {
            throw ProblemException.conflict("club.member-erased", "The member's data was already erased");
        }
        fullNameEnc = null;
        phoneEnc = null;
        if (leftOn == null) {
            leftOn = today.isBefore(joinedOn) ? joinedOn : today;
        }
        erasedAt = now;
        updatedAt = now;
    }
}
