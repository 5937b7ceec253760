package org.safereturn.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A call back promised to the caller, and what came of it. */
@Entity
@Table(name = "hotline_callback")
class TicketCallback {
    @Id
    UUID id;
    @Column(name = "ticket_id", nullable = false)
    UUID ticketId;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(name = "due_at", nullable = false)
    OffsetDateTime dueAt;
    @Column(name = "note_enc")
    String noteEnc;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CallbackStatus status;
    @Column(name = "result_note_enc")
    String resultNoteEnc;
    @Column(name = "done_at")
    OffsetDateTime doneAt;
    @Column(name = "scheduled_by_name", nullable = false)
    String scheduledByName;
    @Column(name = "done_by_name")
    String doneByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Version
    long version;

    boolean overdue(OffsetDateTime now) {
        return status == CallbackStatus.SCHEDULED && dueAt.isBefore(now);
    }
}
