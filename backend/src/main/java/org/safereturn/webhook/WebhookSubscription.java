package org.safereturn.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An endpoint an organization registered to be told of its referrals' changes. */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription {
    @Id
    UUID id;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(nullable = false)
    String url;
    String description;
    @Column(name = "secret_enc", nullable = false)
    String secretEnc;
    @Column(nullable = false)
    boolean active;
    @Column(name = "created_by_subject", nullable = false)
    String createdBySubject;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @jakarta.persistence.Version
    long version;
    @Column(name = "deactivated_at")
    OffsetDateTime deactivatedAt;
    /** The secret before the last rotation, still signing until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret_enc")
    String previousSecretEnc;
    @Column(name = "previous_secret_until")
    OffsetDateTime previousSecretUntil;
    /** The event types this endpoint receives; empty: all. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    java.util.List<String> eventTypes = new java.util.ArrayList<>();

    /** Rotates the secret: the old one keeps signing until {@code until}, so the partner can switch without losing a delivery. */
    void rotate(String newSecretEnc, String oldSecretEnc, OffsetDateTime until) {
        previousSecretEnc = oldSecretEnc;
        previousSecretUntil = until;
        secretEnc = newSecretEnc;
    }

    /** Whether an event of this type goes to this endpoint. */
    boolean receives(String type) {
        return eventTypes.isEmpty() || eventTypes.contains(type);
    }
}
