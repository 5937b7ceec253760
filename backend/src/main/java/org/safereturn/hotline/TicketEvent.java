package org.safereturn.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a ticket's history: a step, a note or a callback; the note is encrypted. */
@Entity
@Table(name = "hotline_ticket_event")
class TicketEvent {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TicketHistoryType")
    enum Type { CREATED, UPDATED, TRIAGED, ASSIGNED, STARTED, RESOLVED, ESCALATED, CLOSED, REOPENED, NOTE,
        CALLBACK_SCHEDULED, CALLBACK_DONE, CALLER_FLAGGED, DEIDENTIFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "ticket_id", nullable = false)
    UUID ticketId;
    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Type type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketStatus status;
    @Column(name = "actor_subject", nullable = false)
    String actorSubject;
    @Column(name = "actor_name", nullable = false)
    String actorName;
    @Column(name = "note_enc")
    String noteEnc;
    /** Codes and numbers only (urgency, assignee name, case number), never personal data of the caller. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Map<String, String> params = Map.of();

    static Map<String, String> params(Object... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
            }
        }
        return map;
    }
}
