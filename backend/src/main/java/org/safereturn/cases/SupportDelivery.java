package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A support given to a case's person: what, by whom, when, how much; an override names its supervisor. */
@Entity
@Table(name = "support_delivery")
class SupportDelivery {
    @Id
    UUID id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(name = "person_id", nullable = false)
    UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "support_type", nullable = false)
    SupportType supportType;
    @Column(name = "provider_organization_id", nullable = false)
    UUID providerOrganizationId;
    @Column(name = "delivered_from", nullable = false)
    LocalDate deliveredFrom;
    @Column(name = "delivered_to")
    LocalDate deliveredTo;
    Integer quantity;
    @Column(name = "amount_vnd")
    Long amountVnd;
    @Column(name = "cash_rate_id")
    UUID cashRateId;
    @Column(name = "note_enc")
    String noteEnc;
    @Column(name = "override_reason_enc")
    String overrideReasonEnc;
    @Column(name = "override_by_name")
    String overrideByName;
    @Column(name = "recorded_by_subject", nullable = false)
    String recordedBySubject;
    @Column(name = "recorded_by_name", nullable = false)
    String recordedByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
