package org.safereturn.club;

import org.safereturn.common.ctdc.AgeBand;
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

/**
 * A club's contact with a person at risk, with the least data that serves: an alias, sex, age band,
 * commune and group; a name and phone only once the person consented. From here the club invites
 * the person to join.
 */
@Entity
@Table(name = "club_outreach_contact")
class OutreachContact {
    @Id
    UUID id;
    @Column(name = "club_id", nullable = false)
    UUID clubId;
    @Column(name = "contacted_on", nullable = false)
    LocalDate contactedOn;
    @Column(name = "worker_seat_id")
    UUID workerSeatId;
    @Column(name = "recorded_by_name", nullable = false)
    String recordedByName;
    @Column(name = "alias_enc", nullable = false)
    String aliasEnc;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Sex sex;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false)
    AgeBand ageBand;
    @Column(name = "place_code")
    String placeCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    TargetGroup targetGroup;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> topics = new ArrayList<>();
    @Column(name = "said_enc")
    String saidEnc;
    @Column(nullable = false)
    int leaflets;
    @Column(name = "consent_given_on")
    LocalDate consentGivenOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_given_by")
    ConsentGiver consentGivenBy;
    @Column(name = "full_name_enc")
    String fullNameEnc;
    @Column(name = "phone_enc")
    String phoneEnc;
    @Column(name = "invited_on")
    LocalDate invitedOn;
    /** The referral the contact led to (to the Social Work Centre or a service), if any. */
    @Column(name = "referral_id")
    UUID referralId;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    boolean consented() {
        return consentGivenOn != null;
    }

    /** Invites the person to the club, once, on or after the day of the contact. */
    void invite(LocalDate on, OffsetDateTime now) {
        if (invitedOn != null) {
            throw ProblemException.conflict("club.already-invited", "The person was invited to the club on " + invitedOn);
        }
        if (on.isBefore(contactedOn)) {
            throw ProblemException.invalid("on", "must not be before the contact (" + contactedOn + ")");
        }
        invitedOn = on;
        updatedAt = now;
    }
}
