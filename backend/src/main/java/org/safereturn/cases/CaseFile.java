package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person's case: the intake that opened it, where it stands on the legal path, the
 * identification decision and the handover. State changes are methods that refuse an illegal
 * transition; the table "case_file" avoids SQL's reserved word.
 */
@Entity
@Table(name = "case_file")
class CaseFile {
    /** The law gives 3 days from receipt to verification with the provincial police. */
    static final Duration VERIFICATION_DEADLINE = Duration.ofDays(3);

    @Id
    UUID id;
    @Column(name = "case_number", nullable = false)
    String caseNumber;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    Person person;
    @ManyToMany
    @BatchSize(size = 50)
    @jakarta.persistence.JoinTable(name = "case_child", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    List<Person> children = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_close")
    CaseStatus statusBeforeClose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    IntakeChannel channel;
    @Column(name = "handing_over_organization_id")
    UUID handingOverOrganizationId;
    @Column(name = "handover_document_number")
    String handoverDocumentNumber;
    @Column(name = "received_at", nullable = false)
    OffsetDateTime receivedAt;
    @Column(name = "place_found_code")
    String placeFoundCode;
    @Column(name = "place_found_description_enc")
    String placeFoundDescriptionEnc;
    @Column(name = "narrative_enc")
    String narrativeEnc;
    @Column(name = "verification_due_at", nullable = false)
    OffsetDateTime verificationDueAt;
    @Column(name = "verification_overdue_flagged_at")
    OffsetDateTime verificationOverdueFlaggedAt;
    @Column(name = "assigned_subject")
    String assignedSubject;
    /** The next follow-up visit due, as the latest visit set it. */
    @Column(name = "next_visit_due")
    LocalDate nextVisitDue;
    @Column(name = "assigned_name")
    String assignedName;
    @Column(name = "created_by_subject", nullable = false)
    String createdBySubject;

    @Column(name = "ident_organization_id")
    UUID identOrganizationId;
    @Column(name = "ident_decision_date")
    LocalDate identDecisionDate;
    @Column(name = "ident_document_number")
    String identDocumentNumber;
    @Column(name = "ident_result")
    String identResult;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ident_forms")
    List<String> identForms;
    @Column(name = "ident_country")
    String identCountry;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ident_means_of_control")
    List<String> identMeansOfControl;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ident_labour_types")
    List<String> identLabourTypes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ident_sexual_exploitation_types")
    List<String> identSexualExploitationTypes;
    @Column(name = "ident_recruiter_relation")
    String identRecruiterRelation;
    @Column(name = "ident_reason_enc")
    String identReasonEnc;

    @Enumerated(EnumType.STRING)
    @Column(name = "handover_receiver")
    HandoverReceiver handoverReceiver;
    @Column(name = "handover_receiver_name_enc")
    String handoverReceiverNameEnc;
    @Column(name = "handover_receiver_organization_id")
    UUID handoverReceiverOrganizationId;
    @Column(name = "handover_receiver_document")
    String handoverReceiverDocument;
    @Column(name = "handed_over_at")
    OffsetDateTime handedOverAt;
    @Column(name = "handover_place_code")
    String handoverPlaceCode;

    @Version
    long version;
    /** When verification ended (the identification decision was recorded); null while it has not. */
    @Column(name = "verified_at")
    OffsetDateTime verifiedAt;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    boolean verificationOverdue(OffsetDateTime now) {
        return status.awaitsVerification() && now.isAfter(verificationDueAt);
    }

    void apply(CaseLifecycle.Act act, OffsetDateTime now) {
        CaseStatus before = status;
        status = CaseLifecycle.next(status, act);
        // Verification ends with the identification decision (either way): reports count the 3 days to here.
        if (before.awaitsVerification() && !status.awaitsVerification() && verifiedAt == null) {
            verifiedAt = now;
        }
        updatedAt = now;
    }

    void close(OffsetDateTime now) {
        CaseStatus before = status;
        status = CaseLifecycle.next(status, CaseLifecycle.Act.CLOSE);
        statusBeforeClose = before;
        updatedAt = now;
    }

    void reopen(OffsetDateTime now) {
        if (status != CaseStatus.CLOSED || statusBeforeClose == null) {
            throw CaseLifecycle.invalid(status, CaseLifecycle.Act.REOPEN);
        }
        status = statusBeforeClose;
        statusBeforeClose = null;
        updatedAt = now;
    }

    /** How a case reached the receiving organization. */
    enum IntakeChannel {
        POLICE_HANDOVER, BORDER_GUARD_HANDOVER, HOTLINE, NGO, OUTREACH, SELF, REPATRIATION_FROM_ABROAD, OTHER
    }

    /** To whom a person was handed over. */
    enum HandoverReceiver { FAMILY, LOCALITY, ORGANIZATION }
}
