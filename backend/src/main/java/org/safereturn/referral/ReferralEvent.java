package org.safereturn.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One step in a referral's history: who, when, which organization, the status it left the
 * referral in and a note (encrypted). The column {@code tx} (the writing transaction) is filled
 * by the database and read only by the changes feed.
 */
@Entity
@Table(name = "referral_event")
class ReferralEvent {
    /** The kinds of steps; the lifecycle's acts plus creation and comments. */
    enum Type { CREATED, SENT, ACCEPTED, DECLINED, STARTED, COMPLETED, CANCELLED, ESCALATED, COMMENTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "referral_id", nullable = false)
    UUID referralId;
    @Column(name = "sender_organization_id", nullable = false)
    UUID senderOrganizationId;
    @Column(name = "receiver_organization_id", nullable = false)
    UUID receiverOrganizationId;
    /** False while the referral is a draft: the receiver never learns of drafts. */
    @Column(name = "receiver_visible", nullable = false)
    boolean receiverVisible;
    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Type type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReferralStatus status;
    @Column(name = "actor_subject", nullable = false)
    String actorSubject;
    @Column(name = "actor_name", nullable = false)
    String actorName;
    @Column(name = "actor_organization_id")
    UUID actorOrganizationId;
    @Column(name = "note_enc")
    String noteEnc;
}
