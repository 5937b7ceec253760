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
    @Column(name = "deactivated_at")
    OffsetDateTime deactivatedAt;
}
