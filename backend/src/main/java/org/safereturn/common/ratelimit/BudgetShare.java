package org.safereturn.common.ratelimit;

import java.util.function.LongFunction;

/**
 * This backend copy's share of one caller's budget: tokens already taken from the shared bucket in
 * PostgreSQL and not yet spent. A request spends from the share without touching the database;
 * the limiter tops the share up in the background when it is half spent, so only a caller's first
 * request in a copy, or a burst beyond the share, waits for the database. The database is never
 * called while holding the share's lock, so one slow round trip does not queue the caller's other
 * requests behind it. Like any scheme that spends without asking, all copies together may
 * overshoot a budget by what they hold: at most about a share each.
 */
final class BudgetShare {
    /** What the shared bucket answered when asked for up to n tokens. */
    record TopUp(long granted, long available, long nanosToFull) {}

    /** What one request's spending found; {@code null} from {@link #spend} when the share was retired meanwhile. */
    record Spent(boolean allowed, long remaining, long nanosToFull, long nanosToNextToken) {}

    final RateLimitConfig.Budget budget;
    /** How many tokens a copy holds at most: 5 % of the budget, at least one. */
    final long target;
    private long reserved;
    private long sharedAvailable;
    private long nanosToFull;
    private long syncedAt;
    private boolean spentSinceTopUp;
    private long emptyUntil;
    private boolean retired;
    private volatile long lastUsed;

    BudgetShare(RateLimitConfig.Budget budget, long now) {
        this.budget = budget;
        this.target = Math.max(1, budget.requests() / 20);
        this.lastUsed = now;
        this.emptyUntil = now;
    }

    /**
     * Spends one token; when this copy holds none, first takes a share from the shared bucket
     * (outside the lock). Null when the share was given back meanwhile: the caller looks again.
     */
    Spent spend(LongFunction<TopUp> shared, long now) {
        synchronized (this) {
            if (retired) {
                return null;
            }
            lastUsed = now;
            if (reserved > 0) {
                return spendOne(now);
            }
            if (now - emptyUntil < 0) {
                return refused(now); // spent: refused from memory until the next token is due
            }
        }
        TopUp topUp = shared.apply(target);
        synchronized (this) {
            record(topUp, now);
            if (reserved > 0) {
                return spendOne(now);
            }
            emptyUntil = now + nanosToNextToken(now);
            return refused(now);
        }
    }

    /** How many tokens a background top-up should ask for: none unless the caller spent and the share is half gone. */
    synchronized long wanted() {
        return !retired && spentSinceTopUp && reserved <= target / 2 ? target - reserved : 0;
    }

    /** Adds what a top-up asked outside the lock was granted. */
    synchronized void add(TopUp topUp, long now) {
        record(topUp, now);
    }

    /**
     * Retires the share (the caller went idle, or the copy stops): how many unspent tokens to give
     * back to the shared bucket. A request that still holds the share then looks the caller up again.
     */
    synchronized long release() {
        retired = true;
        long unspent = reserved;
        reserved = 0;
        return unspent;
    }

    boolean idleSince(long cutoff) {
        return lastUsed - cutoff < 0;
    }

    private Spent spendOne(long now) {
        reserved--;
        spentSinceTopUp = true;
        return new Spent(true, sharedAvailable + reserved, remainingToFull(now), 0);
    }

    private Spent refused(long now) {
        return new Spent(false, 0, remainingToFull(now), nanosToNextToken(now));
    }

    private void record(TopUp topUp, long now) {
        reserved += topUp.granted();
        sharedAvailable = topUp.available();
        nanosToFull = topUp.nanosToFull();
        syncedAt = now;
        spentSinceTopUp = false;
    }

    private long remainingToFull(long now) {
        return Math.max(0, nanosToFull - (now - syncedAt));
    }

    /** When the shared bucket, refilling evenly, has its next token: what Retry-After says. */
    private long nanosToNextToken(long now) {
        long perToken = budget.period().toNanos() / Math.max(1, budget.requests());
        long missing = budget.requests() - sharedAvailable; // the tokens the bucket lacks to be full
        long untilFull = remainingToFull(now);
        return Math.max(0, untilFull - (missing - 1) * perToken);
    }
}
