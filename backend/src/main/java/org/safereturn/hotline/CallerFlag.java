package org.safereturn.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A warning on a caller's number (by its keyed hash) that the operator sees when it calls again; it expires. */
@Entity
@Table(name = "hotline_caller_flag")
class CallerFlag {
    @Id
    UUID id;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(name = "phone_index", nullable = false)
    String phoneIndex;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CallerFlagKind kind;
    @Column(name = "note_enc")
    String noteEnc;
    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;
    @Column(name = "created_by_name", nullable = false)
    String createdByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "lifted_at")
    OffsetDateTime liftedAt;
    @Column(name = "lifted_by_name")
    String liftedByName;

    boolean activeAt(OffsetDateTime now) {
        return liftedAt == null && expiresAt.isAfter(now);
    }
}
