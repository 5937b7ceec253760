package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reintegration check-in after handover; the situation found is encrypted. */
@Entity
@Table(name = "follow_up_visit")
class FollowUpVisit {
    @Id
    UUID id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(name = "visited_at", nullable = false)
    OffsetDateTime visitedAt;
    @Column(name = "visited_by", nullable = false)
    String visitedBy;
    @Column(name = "situation_enc", nullable = false)
    String situationEnc;
    @Column(name = "reintegration_score")
    Integer reintegrationScore;
    @Column(name = "next_visit_due")
    LocalDate nextVisitDue;
    @Column(name = "recorded_by_subject", nullable = false)
    String recordedBySubject;
    @Column(name = "recorded_by_name", nullable = false)
    String recordedByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
