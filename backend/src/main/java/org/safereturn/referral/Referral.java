package org.safereturn.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.safereturn.directory.ServiceType;

/** A request from one organization to another to provide a service for a case, in its current state. */
@Entity
@Table(name = "referral")
class Referral {
    @Id
    UUID id;
    /** The case referred; null when a club refers an outreach contact (outreachContactId). */
    @Column(name = "case_id")
    UUID caseId;
    /** The case's number (never personal data), kept here for the inbox and outbox. */
    @Column(name = "case_number")
    String caseNumber;
    /** The club's outreach contact referred, when there is no case yet. */
    @Column(name = "outreach_contact_id")
    UUID outreachContactId;
    /** The club's member referred (from livelihood counselling). */
    @Column(name = "club_member_id")
    UUID clubMemberId;
    /** What the club shares of the person (ClubPersonSubject as JSON), encrypted. */
    @Column(name = "subject_enc")
    String subjectEnc;
    @Column(name = "sender_organization_id", nullable = false)
    UUID senderOrganizationId;
    @Column(name = "receiver_organization_id", nullable = false)
    UUID receiverOrganizationId;
    @Column(name = "service_id")
    UUID serviceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    ServiceType serviceType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Urgency urgency;
    @Column(name = "reason_enc", nullable = false)
    String reasonEnc;
    @Column(name = "requested_by")
    LocalDate requestedBy;
    /** The field groups the sender asked to share (FieldGroup names). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_field_groups", nullable = false)
    List<String> sharedFieldGroups;
    /** A supervisor's emergency decision to share without consent; null when consent covers the sharing. */
    @Column(name = "override_reason_enc")
    String overrideReasonEnc;
    @Column(name = "override_by_name")
    String overrideByName;
    @Column(name = "override_at")
    OffsetDateTime overrideAt;
    /** The override's planned end; a withdrawal of consent ends it earlier (see ConsentService#disclosure). */
    @Column(name = "override_ends_at")
    OffsetDateTime overrideEndsAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReferralStatus status;
    @Column(name = "answer_due_at")
    OffsetDateTime answerDueAt;
    @Column(name = "sent_at")
    OffsetDateTime sentAt;
    @Column(name = "answered_at")
    OffsetDateTime answeredAt;
    @Column(name = "completed_at")
    OffsetDateTime completedAt;
    @Column(name = "decline_reason_enc")
    String declineReasonEnc;
    @Enumerated(EnumType.STRING)
    Outcome outcome;
    @Column(name = "outcome_note_enc")
    String outcomeNoteEnc;
    @Column(name = "cancel_reason_enc")
    String cancelReasonEnc;
    @Column(name = "escalated_at")
    OffsetDateTime escalatedAt;
    @Column(name = "previous_referral_id")
    UUID previousReferralId;
    /** The receiver's case this club referral was linked to (opened from it, or the person's case already); never shown to the club. */
    @Column(name = "linked_case_id")
    UUID linkedCaseId;
    @Column(name = "linked_at")
    OffsetDateTime linkedAt;
    @Column(name = "linked_by_name")
    String linkedByName;
    @Column(name = "created_by_subject", nullable = false)
    String createdBySubject;
    @Column(name = "created_by_name", nullable = false)
    String createdByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
    @Version
    long version;

    /** A club's referral (no case of its own) that its receiver has accepted may be linked to a case of the receiver. */
    boolean linkable() {
        return caseId == null && (status == ReferralStatus.ACCEPTED || status == ReferralStatus.IN_PROGRESS || status == ReferralStatus.COMPLETED);
    }

    void linkTo(UUID caseId, String byName, OffsetDateTime now) {
        linkedCaseId = caseId;
        linkedAt = now;
        linkedByName = byName;
        updatedAt = now;
    }

    void unlink(OffsetDateTime now) {
        linkedCaseId = null;
        linkedAt = null;
        linkedByName = null;
        updatedAt = now;
    }

    boolean overdue(OffsetDateTime now) {
        return ReferralLifecycle.overdue(status, answerDueAt, now);
    }

    /** Which side of this referral an organization is on; null when it is on neither. */
    ReferralLifecycle.Side sideOf(UUID organizationId) {
        if (senderOrganizationId.equals(organizationId)) {
            return ReferralLifecycle.Side.SENDER;
        }
        if (receiverOrganizationId.equals(organizationId) && status != ReferralStatus.DRAFT) {
            return ReferralLifecycle.Side.RECEIVER;
        }
        return null;
    }
}
