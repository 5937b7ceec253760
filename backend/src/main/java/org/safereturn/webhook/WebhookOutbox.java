package org.safereturn.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where features announce events to the organizations' webhooks: one delivery row per active
 * endpoint, written in the caller's transaction, so the event exists exactly when the change does.
 * {@link WebhookDispatcher} sends them after commit.
 */
@ApplicationScoped
public class WebhookOutbox {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /**
     * Queues {@code type} (e.g. {@code referral.accepted}) for every active endpoint of the given
     * organizations. {@code data} must hold ids and codes only, never personal data: the receiver
     * reads the details through the API, where consent and audit apply.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, OffsetDateTime occurredAt, Map<String, Object> data, Collection<UUID> organizationIds) {
        List<WebhookSubscription> endpoints = em.createQuery(
                        "FROM WebhookSubscription s WHERE s.active = true AND s.organizationId IN :organizations", WebhookSubscription.class)
                .setParameter("organizations", organizationIds).getResultList().stream().filter(s -> s.receives(type)).toList();
        if (endpoints.isEmpty()) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (WebhookSubscription endpoint : endpoints) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", eventId);
            body.put("type", type);
            body.put("occurredAt", occurredAt);
            body.put("organizationId", endpoint.organizationId);
            body.put("data", data);
            WebhookDelivery d = new WebhookDelivery();
            d.id = UUID.randomUUID();
            d.subscriptionId = endpoint.id;
            d.organizationId = endpoint.organizationId;
            d.eventId = eventId;
            d.eventType = type;
            d.body = write(body);
            d.status = WebhookDelivery.Status.PENDING;
            d.nextAttemptAt = now;
            d.createdAt = now;
            em.persist(d);
        }
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body could not be written", e);
        }
    }
}
