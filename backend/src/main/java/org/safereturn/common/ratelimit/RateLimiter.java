package org.safereturn.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Spends a caller's budget, one token per request, in a bucket kept in PostgreSQL
 * ({@code rate_limit_bucket}) so every backend copy counts the same requests; a copy writes back
 * after a few requests of a caller rather than on each (see {@link #take}). While the database
 * cannot be reached, it says so at once for a second at a time instead of letting every request
 * wait for a connection.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** Bucket handles kept per caller in this copy (their state is in the database); cleared when it grows past this. */
    private static final int MAX_HANDLES = 10_000;

    /** What one request's spending left: for the RateLimit headers and, when refused, Retry-After. */
    public record Decision(boolean allowed, String policy, int quota, long windowSeconds, long remaining, long resetSeconds,
                           long retryAfterSeconds) {}

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RateLimitConfig config;
    @Inject
    MeterRegistry meters;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, BucketProxy> handles = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        Duration longest = java.util.stream.Stream.of(CallerClass.values()).map(c -> c.budget(config).period())
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(longest))
                .build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Until when (System.nanoTime) the database is known to be unreachable: no request waits for it meanwhile. */
    private volatile long unreachableUntil = System.nanoTime();

    /** Thrown instead of waiting for a connection while the database is known to be down. */
    public static final class DatabaseUnreachable extends RuntimeException {
        DatabaseUnreachable() {
            super("the database was unreachable a moment ago", null, false, false);
        }
    }

    /** Takes one token from the caller's bucket. */
    public Decision spend(String key, CallerClass caller) {
        if (System.nanoTime() - unreachableUntil < 0) {
            throw new DatabaseUnreachable();
        }
        try {
            Decision d = take(key, caller);
            if (System.nanoTime() - unreachableUntil < 0) {
                // Served from this copy's share while another request found the database gone:
                // the request could not be served either, so it is not made to wait for it again.
                throw new DatabaseUnreachable();
            }
            return d;
        } catch (DatabaseUnreachable e) {
            throw e;
        } catch (RuntimeException e) {
            if (org.safereturn.common.error.ProblemMappers.databaseUnavailable(e)) {
                unreachableUntil = System.nanoTime() + 1_000_000_000L;
            }
            throw e;
        }
    }

    private Decision take(String key, CallerClass caller) {
        RateLimitConfig.Budget budget = caller.budget(config);
        // The bucket is named by its budget too: a changed budget starts a fresh bucket rather than
        // keep spending one sized for the old budget.
        String name = caller.policy + ":" + budget.requests() + "/" + budget.period().toSeconds() + "s:" + key;
        if (handles.size() >= MAX_HANDLES && !handles.containsKey(name)) {
            handles.clear(); // outside computeIfAbsent: a map may not be changed from its own mapping function
        }
        BucketProxy bucket = handles.computeIfAbsent(name, k -> {
            // A copy may spend up to 5% of a budget (at most 20 requests, or for 200 ms) before it
            // writes back to the shared bucket: one database round trip serves many requests, and
            // all copies together overshoot a budget by at most that share each.
            long unsynchronized = Math.min(20, budget.requests() / 20);
            var builder = buckets.builder();
            if (unsynchronized > 0) {
                builder = builder.withOptimization(Optimizations.delaying(new DelayParameters(unsynchronized, Duration.ofMillis(200))));
            }
            return builder.build(k, () -> configuration(budget));
        });
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long window = Math.max(1, budget.period().toSeconds());
        Decision d = new Decision(probe.isConsumed(), caller.policy, budget.requests(), window, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
        if (!d.allowed()) {
            meters.counter("safereturn.rate_limit.refused", "policy", caller.policy).increment();
        }
        return d;
    }

    /** Deletes buckets that would be full again by now: a caller who stopped costs nothing. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.warnf("rate-limit sweep skipped: %s", e.getMessage());
        }
    }

    private static BucketConfiguration configuration(RateLimitConfig.Budget budget) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(budget.requests()).refillGreedy(budget.requests(), budget.period()))
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
