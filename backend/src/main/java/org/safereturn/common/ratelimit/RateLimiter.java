package org.safereturn.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Spends a caller's budget, one token per request, from a bucket kept in PostgreSQL
 * ({@code rate_limit_bucket}) so every backend copy counts the same requests. A copy takes a
 * share of each active caller's budget ahead ({@link BudgetShare}) and spends it in memory; a
 * background thread tops shares up and gives idle callers' shares back, so a request rarely waits
 * for the database. (Shares taken ahead can sit unspent in one copy: a top-up that races a
 * request may hold up to two shares for a moment.) While the database cannot be reached, the limiter says so at once for a
 * second at a time instead of letting every request wait for a connection.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** How often the background thread tops shares up. */
    private static final Duration TOP_UP_EVERY = Duration.ofMillis(200);
    /** A caller who made no request for this long gives its share back. */
    private static final Duration IDLE = Duration.ofSeconds(10);

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
    private record Caller(BucketProxy bucket, BudgetShare share) {}
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private ScheduledExecutorService topUps;

    @PostConstruct
    void init() {
        Duration longest = java.util.stream.Stream.of(CallerClass.values()).map(c -> c.budget(config).period())
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(longest))
                .build();
        if (config.enabled()) {
            topUps = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("rate-limit-top-up").daemon().factory());
            topUps.scheduleWithFixedDelay(this::topUp, TOP_UP_EVERY.toMillis(), TOP_UP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops topping up and gives the shares back, so a copy that stops leaves its callers' budgets whole. */
    @PreDestroy
    void stop() {
        if (topUps != null) {
            topUps.shutdownNow();
        }
        if (System.nanoTime() - unreachableUntil >= 0) {
            giveBackAll();
        }
    }

    /** Retires every share and gives the unspent tokens back; the next request of a caller takes a fresh share. */
    synchronized void giveBackAll() {
        try {
            for (Map.Entry<String, Caller> entry : callers.entrySet()) {
                callers.remove(entry.getKey(), entry.getValue());
                giveBack(entry.getValue());
            }
        } catch (RuntimeException e) { // the database is gone: the budgets refill by themselves
            LOG.debugf("rate-limit shares not given back: %s", e.getMessage());
        }
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

    /** Takes one token from the caller's budget. */
    public Decision spend(String key, CallerClass kind) {
        if (System.nanoTime() - unreachableUntil < 0) {
            throw new DatabaseUnreachable();
        }
        try {
            RateLimitConfig.Budget budget = kind.budget(config);
            BudgetShare.Spent spent;
            do { // a share retired (given back) meanwhile is looked up again
                Caller caller = callerOf(key, kind, budget);
                spent = caller.share().spend(n -> take(caller.bucket(), n), System.nanoTime());
            } while (spent == null);
            long window = Math.max(1, budget.period().toSeconds());
            Decision d = new Decision(spent.allowed(), kind.policy, budget.requests(), window, spent.remaining(),
                    seconds(spent.nanosToFull()), Math.max(1, seconds(spent.nanosToNextToken())));
            if (!d.allowed()) {
                meters.counter("safereturn.rate_limit.refused", "policy", kind.policy).increment();
            }
            return d;
        } catch (RuntimeException e) {
            noteIfUnreachable(e);
            throw e;
        }
    }

    private Caller callerOf(String key, CallerClass kind, RateLimitConfig.Budget budget) {
        // The bucket is named by its budget too: a changed budget starts a fresh bucket rather than
        // keep spending one sized for the old budget.
        String name = kind.policy + ":" + budget.requests() + "/" + budget.period().toSeconds() + "s:" + key;
        return callers.computeIfAbsent(name, k -> new Caller(buckets.builder().build(k, () -> configuration(budget)),
                new BudgetShare(budget, System.nanoTime())));
    }

    /** One round trip: up to n tokens from the shared bucket, and what it holds after. */
    private static BudgetShare.TopUp take(BucketProxy bucket, long n) {
        VerboseResult<Long> taken = bucket.asVerbose().tryConsumeAsMuchAsPossible(n);
        return new BudgetShare.TopUp(taken.getValue(), taken.getDiagnostics().getAvailableTokens(),
                taken.getDiagnostics().calculateFullRefillingTime());
    }

    /** The background work: top up the shares active callers have half spent, give idle callers' shares back. */
    synchronized void topUp() { // one round at a time: the background thread's, or a test's
        long now = System.nanoTime();
        long idleCutoff = now - IDLE.toNanos();
        for (Map.Entry<String, Caller> entry : callers.entrySet()) {
            Caller caller = entry.getValue();
            try {
                if (caller.share().idleSince(idleCutoff)) {
                    callers.remove(entry.getKey(), caller);
                    giveBack(caller);
                    continue;
                }
                long wanted = caller.share().wanted();
                if (wanted > 0) {
                    caller.share().add(take(caller.bucket(), wanted), System.nanoTime());
                }
            } catch (Throwable e) { // never let the schedule die: the next round tries again
                LOG.debugf("rate-limit top-up deferred: %s", e.getMessage());
                if (e instanceof RuntimeException r && org.safereturn.common.error.ProblemMappers.databaseUnavailable(r)) {
                    noteIfUnreachable(r);
                    return; // the other callers would wait for the same database
                }
            }
        }
    }

    private static void giveBack(Caller caller) {
        long unspent = caller.share().release();
        if (unspent > 0) {
            caller.bucket().addTokens(unspent);
        }
    }

    private void noteIfUnreachable(RuntimeException e) {
        if (org.safereturn.common.error.ProblemMappers.databaseUnavailable(e)) {
            unreachableUntil = System.nanoTime() + 1_000_000_000L;
        }
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
