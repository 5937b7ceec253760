package org.safereturn.webhook;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.web.Etags;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.OrganizationService;
import org.safereturn.webhook.WebhookDtos.DeliveryPage;
import org.safereturn.webhook.WebhookDtos.DeliveryView;
import org.safereturn.webhook.WebhookDtos.WebhookRequest;
import org.safereturn.webhook.WebhookDtos.WebhookView;

/** An organization's webhook endpoints and its deliveries; everything is scoped to the caller's organization. */
@ApplicationScoped
class WebhookService {
    private static final String RECORD = "WEBHOOK";

    @Inject
    EntityManager em;
    @Inject
    WebhookConfig config;
    @Inject
    FieldCipher cipher;
    @Inject
    OrganizationService organizations;
    @Inject
    CurrentUser user;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    private WebhookTargets targets;

    @PostConstruct
    void init() {
        targets = new WebhookTargets(config.insecureHosts().orElse(List.of()), InetAddress::getAllByName);
    }

    @Transactional
    WebhookView create(WebhookRequest r) {
        UUID organizationId = organizations.callerOrganization();
        String url = r.url().trim();
        targets.refusal(url).ifPresent(reason -> {
            throw ProblemException.invalid("url", reason);
        });
        long active = em.createQuery("SELECT count(s) FROM WebhookSubscription s WHERE s.organizationId = ?1 AND s.active = true", Long.class)
                .setParameter(1, organizationId).getSingleResult();
        if (active >= config.maxSubscriptions()) {
            throw new ProblemException(422, "webhook.too-many", "Too many webhooks",
                    "An organization may register at most " + config.maxSubscriptions() + " endpoints; remove one first");
        }
        String secret = WebhookSigner.newSecret();
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.organizationId = organizationId;
        s.url = url;
        s.description = r.description() == null || r.description().isBlank() ? null : r.description().trim();
        s.secretEnc = cipher.encryptSecret(secret, "webhook_subscription.secret_enc", s.id);
        s.active = true;
        s.eventTypes = eventTypes(r.eventTypes());
        s.createdBySubject = user.subject();
        s.createdAt = now();
        em.persist(s);
        audit.record("WEBHOOK_CREATED", RECORD, s.id, null, null, null);
        return view(s, secret);
    }

    @Transactional
    WebhookDtos.WebhookList list() {
        UUID organizationId = organizations.callerOrganization();
        return new WebhookDtos.WebhookList(em.createQuery(
                        "FROM WebhookSubscription s WHERE s.organizationId = ?1 AND s.active = true ORDER BY s.createdAt", WebhookSubscription.class)
                .setParameter(1, organizationId).getResultList().stream().map(s -> view(s, null)).toList());
    }

    /** Removes an endpoint: nothing more is sent to it, and what waited for it is dead-lettered. */
    @Transactional
    void remove(UUID id, String ifMatch) {
        WebhookSubscription s = mine(id);
        Etags.check(ifMatch, s.version);
        s.active = false;
        s.deactivatedAt = now();
        em.createQuery("UPDATE WebhookDelivery d SET d.status = ?1, d.lastError = ?2, d.leaseUntil = null "
                        + "WHERE d.subscriptionId = ?3 AND d.status = ?4")
                .setParameter(1, WebhookDelivery.Status.DEAD).setParameter(2, "the endpoint was removed")
                .setParameter(3, s.id).setParameter(4, WebhookDelivery.Status.PENDING).executeUpdate();
        audit.record("WEBHOOK_REMOVED", RECORD, s.id, null, null, null);
    }

    @Transactional
    DeliveryPage deliveries(String status, UUID webhookId, Integer page, Integer size) {
        UUID organizationId = organizations.callerOrganization();
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), Sort.by("createdAt", Sort.Direction.Descending));
        List<String> where = new ArrayList<>(List.of("d.organizationId = :org"));
        Map<String, Object> params = new HashMap<>(Map.of("org", organizationId));
        if (status != null && !status.isBlank()) {
            try {
                params.put("status", WebhookDelivery.Status.valueOf(status.trim()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "must be PENDING, DELIVERED or DEAD");
            }
            where.add("d.status = :status");
        }
        if (webhookId != null) {
            where.add("d.subscriptionId = :webhook");
            params.put("webhook", webhookId);
        }
        String condition = String.join(" AND ", where);
        var query = em.createQuery("FROM WebhookDelivery d WHERE " + condition + " ORDER BY d.createdAt DESC, d.id", WebhookDelivery.class);
        var count = em.createQuery("SELECT count(d) FROM WebhookDelivery d WHERE " + condition, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<WebhookDelivery> rows = query.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList();
        Map<UUID, String> urls = urls(rows);
        return new DeliveryPage(rows.stream().map(d -> view(d, urls.get(d.subscriptionId))).toList(), pq.page(), pq.size(),
                count.getSingleResult());
    }

    /** Sends a delivery again from the first try (for a dead-lettered one, once the endpoint is fixed). */
    @Transactional
    DeliveryView replay(UUID id) {
        UUID organizationId = organizations.callerOrganization();
        WebhookDelivery d = em.find(WebhookDelivery.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !d.organizationId.equals(organizationId)) {
            throw ProblemException.notFound("Webhook delivery", id);
        }
        if (d.status == WebhookDelivery.Status.PENDING) {
            throw ProblemException.conflict("webhook.delivery-pending", "The delivery is still being tried; wait for its outcome");
        }
        WebhookSubscription s = em.find(WebhookSubscription.class, d.subscriptionId);
        if (!s.active) {
            throw ProblemException.conflict("webhook.removed", "The endpoint of this delivery was removed");
        }
        d.status = WebhookDelivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = now();
        d.leaseUntil = null;
        d.deliveredAt = null;
        audit.record("WEBHOOK_DELIVERY_REPLAYED", RECORD, s.id, null, null, "{\"delivery\":\"" + d.id + "\"}");
        return view(d, s.url);
    }

    private WebhookSubscription mine(UUID id) {
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        if (s == null || !s.active || !s.organizationId.equals(organizations.callerOrganization())) {
            throw ProblemException.notFound("Webhook", id);
        }
        return s;
    }

    private Map<UUID, String> urls(List<WebhookDelivery> rows) {
        Map<UUID, String> urls = new HashMap<>();
        List<UUID> ids = rows.stream().map(d -> d.subscriptionId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("FROM WebhookSubscription s WHERE s.id IN :ids", WebhookSubscription.class).setParameter("ids", ids)
                    .getResultList().forEach(s -> urls.put(s.id, s.url));
        }
        return urls;
    }

    private WebhookView view(WebhookSubscription s, String secret) {
        OffsetDateTime grace = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(now()) ? s.previousSecretUntil : null;
        return new WebhookView(s.id, s.url, s.description, s.active, s.createdAt, secret, List.copyOf(s.eventTypes), grace, s.version);
    }

    /** A new secret for the endpoint, shown once; the previous one keeps signing for the grace period. */
    @Transactional
    WebhookView rotateSecret(UUID id, String ifMatch) {
        WebhookSubscription s = mine(id);
        Etags.check(ifMatch, s.version);
        String secret = WebhookSigner.newSecret();
        String old = cipher.decryptSecret(s.secretEnc, "webhook_subscription.secret_enc", s.id);
        s.rotate(cipher.encryptSecret(secret, "webhook_subscription.secret_enc", s.id),
                cipher.encryptSecret(old, "webhook_subscription.previous_secret_enc", s.id), now().plus(config.secretGrace()));
        Flushes.orStale(em);
        audit.record("WEBHOOK_SECRET_ROTATED", RECORD, s.id, null, null, null);
        return view(s, secret);
    }

    /** Which event types the endpoint receives from now on; none: all. */
    @Transactional
    WebhookView chooseEventTypes(UUID id, String ifMatch, List<String> types) {
        WebhookSubscription s = mine(id);
        Etags.check(ifMatch, s.version);
        s.eventTypes = eventTypes(types);
        Flushes.orStale(em);
        audit.record("WEBHOOK_EVENT_TYPES_CHOSEN", RECORD, s.id, null, null, "{\"types\":" + s.eventTypes.size() + "}");
        return view(s, null);
    }

    /** The event types there are: referral.<step>, one per step of a referral's history (ReferralService announces them). */
    static final List<String> KNOWN_TYPES = List.of("referral.created", "referral.sent", "referral.accepted", "referral.declined",
            "referral.started", "referral.completed", "referral.cancelled", "referral.escalated", "referral.commented");

    private static List<String> eventTypes(List<String> requested) {
        if (requested == null) {
            return new ArrayList<>();
        }
        List<String> known = KNOWN_TYPES;
        List<org.safereturn.common.error.Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!known.contains(requested.get(i))) {
                errors.add(new org.safereturn.common.error.Problem.FieldError("eventTypes[" + i + "]", "must be one of " + known));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation.failed", "The request is not valid", errors.size() + " field(s) are not valid", errors);
        }
        return new ArrayList<>(requested.stream().distinct().toList());
    }

    private static DeliveryView view(WebhookDelivery d, String url) {
        return new DeliveryView(d.id, d.subscriptionId, url, d.eventId, d.eventType, d.status.name(), d.attempts, d.nextAttemptAt,
                d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt, d.body);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
