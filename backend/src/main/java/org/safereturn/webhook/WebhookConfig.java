package org.safereturn.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhooks are delivered ({@code safereturn.webhooks.*}). */
@ConfigMapping(prefix = "safereturn.webhooks")
public interface WebhookConfig {
    /** Tries before a delivery is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; each further failure doubles it, up to {@link #retryMax()}. */
    @WithDefault("PT10S")
    Duration retryBase();

    @WithDefault("PT1H")
    Duration retryMax();

    /** How long a claimed delivery stays with the copy that claimed it; after that another copy retries it. */
    @WithDefault("PT1M")
    Duration lease();

    /** Connect and response timeout of one delivery. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How often each copy looks for due deliveries (read by the scheduler). */
    @WithDefault("1s")
    String dispatchEvery();

    /** Deliveries claimed at once by one copy. */
    @WithDefault("50")
    int batch();

    /** After a rotation, how long the previous secret still signs deliveries (ISO-8601). */
    @io.smallrye.config.WithDefault("PT24H")
    java.time.Duration secretGrace();

    /** Endpoints per organization. */
    @WithDefault("5")
    int maxSubscriptions();

    /**
     * Hosts that may be used over plain HTTP and at private or loopback addresses: for tests and
     * local development only, never in production (empty by default).
     */
    Optional<List<String>> insecureHosts();
}
