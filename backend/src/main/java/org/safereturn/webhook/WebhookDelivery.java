package org.safereturn.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event for one endpoint, from the outbox until it is delivered or dead-lettered. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {
    /** PENDING until a 2xx answer (DELIVERED) or the last try (DEAD); a replay makes it PENDING again. */
    enum Status { PENDING, DELIVERED, DEAD }

    @Id
    UUID id;
    @Column(name = "subscription_id", nullable = false)
    UUID subscriptionId;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(name = "event_id", nullable = false)
    UUID eventId;
    @Column(name = "event_type", nullable = false)
    String eventType;
    @Column(nullable = false)
    String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;
    @Column(nullable = false)
    int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    OffsetDateTime nextAttemptAt;
    @Column(name = "lease_until")
    OffsetDateTime leaseUntil;
    @Column(name = "last_status_code")
    Integer lastStatusCode;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "delivered_at")
    OffsetDateTime deliveredAt;
}
