package org.safereturn.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.persistence.NativeValues;

/**
 * Sends what the outbox holds. Each round claims due deliveries by setting a lease (rows taken
 * with SKIP LOCKED, so several backend copies share the work and never send one twice at once),
 * posts them in parallel with a signature, and records each answer: a 2xx delivers it, anything
 * else schedules a retry with exponential backoff, and the last allowed try dead-letters it. A
 * copy that stops mid-delivery leaves a lease that runs out, and the delivery is claimed again.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    EntityManager em;
    @Inject
    WebhookConfig config;
    @Inject
    FieldCipher cipher;
    @Inject
    Clock clock;
    @Inject
    Vertx vertx;

    private WebhookSender sender;
    private WebhookTargets targets;
    private ExecutorService senders;

    /** A delivery this copy holds the lease of, with what is needed to send it. */
    record Claimed(UUID id, int attempt, UUID eventId, String eventType, String body, String url, String secretEnc, boolean active,
                   UUID subscriptionId, String previousSecretEnc, OffsetDateTime previousSecretUntil) {}

    @PostConstruct
    void init() {
        sender = new WebhookSender(vertx, config.timeout());
        targets = new WebhookTargets(config.insecureHosts().orElse(List.of()), InetAddress::getAllByName);
        senders = Executors.newVirtualThreadPerTaskExecutor();
    }

    void stop(@Observes ShutdownEvent event) {
        senders.shutdownNow();
        sender.close();
    }

    @Scheduled(every = "${safereturn.webhooks.dispatch-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchScheduled() {
        while (dispatchDue() == config.batch()) {
            // a full batch: more are probably due
        }
    }

    /** One round: claims what is due now, sends it and records the answers; returns how many it claimed. */
    public int dispatchDue() {
        List<Claimed> claimed = claim(now());
        List<Future<?>> sending = new ArrayList<>();
        for (Claimed c : claimed) {
            sending.add(senders.submit(() -> deliver(c)));
        }
        for (Future<?> f : sending) {
            try {
                f.get();
            } catch (Exception e) {
                LOG.warnf("A webhook delivery failed unexpectedly: %s", e.toString());
            }
        }
        return claimed.size();
    }

    @Transactional
    List<Claimed> claim(OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                UPDATE webhook_delivery d SET lease_until = ?1, attempts = d.attempts + 1
                FROM webhook_subscription s
                WHERE s.id = d.subscription_id AND d.id IN (
                    SELECT id FROM webhook_delivery
                    WHERE status = 'PENDING' AND next_attempt_at <= ?2 AND (lease_until IS NULL OR lease_until <= ?2)
                    ORDER BY next_attempt_at LIMIT ?3 FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.attempts, d.event_id, d.event_type, d.body, s.url, s.secret_enc, s.active, s.id,
                          s.previous_secret_enc, s.previous_secret_until""")
                .setParameter(1, now.plus(config.lease())).setParameter(2, now).setParameter(3, config.batch())
                .getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (Boolean) r[7], (UUID) r[8],
                (String) r[9], NativeValues.offsetDateTime(r[10]))).toList();
    }

    /**
     * {@code v1=<hex>} with the current secret and, while a rotation's grace lasts, {@code ,v1=<hex>}
     * with the previous one: the partner accepts a delivery when any signature matches a secret it holds.
     */
    String signatures(Claimed c, long timestamp) {
        String current = WebhookSigner.signature(cipher.decryptSecret(c.secretEnc(), "webhook_subscription.secret_enc", c.subscriptionId()),
                timestamp, c.body());
        if (c.previousSecretEnc() == null || c.previousSecretUntil() == null || !clock.instant().isBefore(c.previousSecretUntil().toInstant())) {
            return current;
        }
        return current + "," + WebhookSigner.signature(cipher.decryptSecret(c.previousSecretEnc(), "webhook_subscription.previous_secret_enc",
                c.subscriptionId()), timestamp, c.body());
    }

    void deliver(Claimed c) {
        if (!c.active()) {
            record(c, null, "the endpoint was removed", true);
            return;
        }
        WebhookTargets.Checked target = targets.check(c.url());
        if (target.refusal() != null) {
            record(c, null, "not sent: the URL " + target.refusal(), false);
            return;
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "SafeReturn-Webhooks/1");
        headers.put("SafeReturn-Event-Id", c.eventId().toString());
        headers.put("SafeReturn-Event-Type", c.eventType());
        headers.put("SafeReturn-Delivery-Id", c.id().toString());
        headers.put("SafeReturn-Timestamp", Long.toString(timestamp));
        headers.put("SafeReturn-Signature", signatures(c, timestamp));
        try {
            int code = sender.post(target, headers, c.body(), config.timeout());
            record(c, code, code / 100 == 2 ? null : "the endpoint answered HTTP " + code, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            record(c, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), false);
        }
    }

    /** Stores one try's outcome, unless the lease was lost meanwhile (another copy then owns the delivery). */
    @Transactional
    void record(Claimed c, Integer statusCode, String error, boolean giveUp) {
        OffsetDateTime now = now();
        boolean delivered = error == null;
        boolean dead = !delivered && (giveUp || c.attempt() >= config.maxAttempts());
        em.createNativeQuery("""
                UPDATE webhook_delivery SET status = ?1, delivered_at = ?2, lease_until = NULL, last_status_code = ?3,
                    last_error = ?4, next_attempt_at = ?5
                WHERE id = ?6 AND attempts = ?7 AND status = 'PENDING'""")
                .setParameter(1, delivered ? "DELIVERED" : dead ? "DEAD" : "PENDING")
                .setParameter(2, delivered ? now : null)
                .setParameter(3, statusCode)
                .setParameter(4, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(5, delivered || dead ? now : now.plus(backoff(c.attempt(), config.retryBase(), config.retryMax())))
                .setParameter(6, c.id()).setParameter(7, c.attempt())
                .executeUpdate();
        if (dead) {
            LOG.infof("Webhook delivery %s dead-lettered after %d tries: %s", c.id(), c.attempt(), error);
        }
    }

    /** The wait after the {@code attempt}-th failure: base doubled per failure, at most max, give or take a fifth. */
    static Duration backoff(int attempt, Duration base, Duration max) {
        long millis = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        millis = Math.min(millis, max.toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (millis * jitter)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
