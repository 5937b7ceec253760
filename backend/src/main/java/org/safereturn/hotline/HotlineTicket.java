package org.safereturn.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One contact on a hotline and what was done about it. The caller's and the concerned person's
 * names, the number and the summary are encrypted; the number also has a keyed hash, so that the
 * caller's earlier contacts can be found.
 */
@Entity
@Table(name = "hotline_ticket")
class HotlineTicket {
    @Id
    UUID id;
    @Column(nullable = false)
    long number;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(name = "line_id", nullable = false)
    UUID lineId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Direction direction;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketUrgency urgency;
    @Column(name = "urgency_rank", insertable = false, updatable = false)
    Short urgencyRank;
    @Column(name = "started_at", nullable = false)
    OffsetDateTime startedAt;
    @Column(name = "ended_at")
    OffsetDateTime endedAt;
    @Column(name = "response_due_at", nullable = false)
    OffsetDateTime responseDueAt;
    @Column(name = "responded_at")
    OffsetDateTime respondedAt;
    @Column(name = "caller_anonymous", nullable = false)
    boolean callerAnonymous;
    @Column(name = "caller_name_enc")
    String callerNameEnc;
    @Column(name = "caller_phone_enc")
    String callerPhoneEnc;
    @Column(name = "caller_phone_index")
    String callerPhoneIndex;
    @Enumerated(EnumType.STRING)
    @Column(name = "caller_relation")
    CallerRelation callerRelation;
    @Column(name = "caller_place_code")
    String callerPlaceCode;
    @Column(name = "concerned_name_enc")
    String concernedNameEnc;
    @Enumerated(EnumType.STRING)
    @Column(name = "concerned_sex")
    ConcernedSex concernedSex;
    @Column(name = "concerned_age")
    Short concernedAge;
    @Column(name = "concerned_place_code")
    String concernedPlaceCode;
    @Column(name = "concerned_country")
    String concernedCountry;
    /** Codes of the taxonomy (hotline_category). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> categories = List.of();
    @Column(name = "summary_enc")
    String summaryEnc;
    /** TicketAction names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> actions = List.of();
    @Enumerated(EnumType.STRING)
    TicketOutcome outcome;
    @Column(name = "outcome_note_enc")
    String outcomeNoteEnc;
    @Column(name = "assigned_subject")
    String assignedSubject;
    @Column(name = "assigned_name")
    String assignedName;
    @Column(name = "case_id")
    UUID caseId;
    @Column(name = "case_number")
    String caseNumber;
    @Column(name = "referral_id")
    UUID referralId;
    @Column(name = "escalated_at")
    OffsetDateTime escalatedAt;
    @Column(name = "resolved_at")
    OffsetDateTime resolvedAt;
    @Column(name = "closed_at")
    OffsetDateTime closedAt;
    @Column(name = "deidentified_at")
    OffsetDateTime deidentifiedAt;
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

    /** HL- and the number: what operators read out and search for. */
    String ticketNumber() {
        return label(number);
    }

    static String label(long number) {
        return "HL-" + number;
    }

    boolean overdue(OffsetDateTime now) {
        return TicketLifecycle.overdue(status, respondedAt, responseDueAt, now);
    }

    Long durationSeconds() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt).toSeconds();
    }

    /** Sets the urgency and the response deadline it gives. */
    void setUrgency(TicketUrgency urgency, Map<TicketUrgency, Duration> respondWithin) {
        this.urgency = urgency;
        this.responseDueAt = TicketLifecycle.responseDue(urgency, startedAt, respondWithin);
    }

    /** Takes a step of the lifecycle; 409 when the current status does not allow it. */
    void apply(TicketLifecycle.Act act, OffsetDateTime now) {
        status = TicketLifecycle.next(status, act);
        if (TicketLifecycle.responds(act) && respondedAt == null) {
            respondedAt = now;
        }
        switch (act) {
            case RESOLVE -> resolvedAt = now;
            case ESCALATE -> escalatedAt = escalatedAt == null ? now : escalatedAt;
            case CLOSE -> closedAt = now;
            case REOPEN -> {
                resolvedAt = null;
                closedAt = null;
            }
            default -> { }
        }
        updatedAt = now;
    }
}
