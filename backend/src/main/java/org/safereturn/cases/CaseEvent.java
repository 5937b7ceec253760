package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a case's timeline. The summary never holds personal data. */
@Entity
@Table(name = "case_event")
class CaseEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;
    @Column(nullable = false)
    String type;
    @Column(name = "actor_subject", nullable = false)
    String actorSubject;
    @Column(name = "actor_name", nullable = false)
    String actorName;
    String summary;
}
