package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A half-done intake of one author: the form's values, encrypted and bound to the author. */
@Entity
@Table(name = "intake_draft")
class IntakeDraft {
    @Id
    @Column(name = "author_subject")
    String authorSubject;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(nullable = false)
    String step;
    @Column(name = "content_enc", nullable = false)
    String contentEnc;
    @Column(name = "saved_at", nullable = false)
    OffsetDateTime savedAt;
    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;
    @jakarta.persistence.Version
    long version;

    /** Whether it is still the author's draft where they work now: not expired, same organization. */
    boolean usableIn(UUID organization, OffsetDateTime now) {
        return organizationId.equals(organization) && !expiresAt.isBefore(now);
    }
}
