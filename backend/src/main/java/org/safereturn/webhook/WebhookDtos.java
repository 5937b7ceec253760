package org.safereturn.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class WebhookDtos {
    private WebhookDtos() {}

    @Schema(name = "WebhookRequest", description = "An HTTPS endpoint to be told of every change of a referral to or from my organization")
    record WebhookRequest(@NotBlank @Size(max = 2000) @Schema(examples = "https://partner.example.org/safereturn/webhook") String url,
                          @Size(max = 200) String description,
                          @Size(max = 20) @Schema(description = "The event types to receive, e.g. [referral.sent, referral.cancelled]; none: all")
                          List<@NotBlank String> eventTypes) {}

    @Schema(name = "WebhookEventTypes", description = "The event types an endpoint receives; none: all")
    record EventTypesRequest(@jakarta.validation.constraints.NotNull @Size(max = 20) List<@NotBlank String> eventTypes) {}

    @Schema(name = "Webhook", description = "A registered endpoint; the secret is shown only in the answer that creates it")
    record WebhookView(UUID id, String url, String description, boolean active, OffsetDateTime createdAt,
                       @Schema(description = "Only when created or rotated: the key of the HMAC-SHA256 signature. Keep it; it is never shown again.") String secret,
                       @Schema(description = "The event types it receives; empty: all") List<String> eventTypes,
                       @Schema(description = "After a rotation: until when the previous secret still signs (deliveries carry both signatures)")
                       OffsetDateTime previousSecretValidUntil,
                       @Schema(description = "The version its ETag names; send it in If-Match to change or remove the endpoint") long version) {}

    @Schema(name = "WebhookList")
    record WebhookList(List<WebhookView> items) {}

    @Schema(name = "WebhookDelivery", description = "One event for one endpoint and how its delivery went")
    record DeliveryView(UUID id, UUID webhookId, String url, UUID eventId, String eventType,
                        @Schema(enumeration = {"PENDING", "DELIVERED", "DEAD"}) String status, int attempts,
                        OffsetDateTime nextAttemptAt, Integer lastStatusCode, String lastError, OffsetDateTime createdAt,
                        OffsetDateTime deliveredAt,
                        @Schema(description = "The exact body that was signed and sent") String body) {}

    @Schema(name = "WebhookDeliveryPage")
    record DeliveryPage(List<DeliveryView> items, int page, int size, long total) {}
}
