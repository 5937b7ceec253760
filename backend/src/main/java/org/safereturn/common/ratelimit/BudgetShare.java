package org.safereturn.common.ratelimit;

import java.util.function.LongFunction;

/**
 * This backend copy's share of one caller's budget: tokens already taken from the shared bucket in
 * PostgreSQL and not yet spent. A request spends from the share without touching the database;
 * the limiter tops the share up in the background when it is half spent, so only a caller's first
 * request in a copy, or a burst beyond the share, waits for the database. Tokens are taken before
 * they are spent, so all copies together never exceed a budget; the price is that each copy may
 * hold up to a share a caller could have spent elsewhere, for as long as the caller is active.
 */
final class BudgetShare {
    /** What the shared bucket answered when asked for up to n tokens. */
    record TopUp(long granted, long available, long nanosToFull) {}

    /** What one request's spending found. */
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
    private volatile long lastUsed;

    BudgetShare(RateLimitConfig.Budget budget, long now) {
        this.budget = budget;
        this.target = Math.max(1, budget.requests() / 20);
        this.lastUsed = now;
        this.emptyUntil = now;
    }

    /** Spends one token, first taking a share from the shared bucket when this copy holds none. */
    synchronized Spent spend(LongFunction<TopUp> shared, long now) {
        lastUsed = now;
        if (reserved == 0 && now - emptyUntil >= 0) {
            record(shared.apply(target), now);
            if (reserved == 0) {
                // Spent: refuse from memory until the bucket's next token is due, so a caller
                // in a loop costs no database round trip per refusal.
                emptyUntil = now + nanosToNextToken(now);
            }
        }
        if (reserved == 0) {
            return new Spent(false, 0, remainingToFull(now), nanosToNextToken(now));
        }
        reserved--;
        spentSinceTopUp = true;
        return new Spent(true, sharedAvailable + reserved, remainingToFull(now), 0);
    }

    /** How many tokens a background top-up should ask for: none unless the caller spent and the share is half gone. */
    synchronized long wanted() {
        return spentSinceTopUp && reserved <= target / 2 ? target - reserved : 0;
    }

    /** Adds what a top-up asked outside the lock was granted (the database is never called while holding it). */
    synchronized void add(TopUp topUp, long now) {
        record(topUp, now);
    }

    /** Gives the unspent share back (the caller went idle): how many tokens to return to the shared bucket. */
    synchronized long release() {
        long unspent = reserved;
        reserved = 0;
        return unspent;
    }

    boolean idleSince(long cutoff) {
        return lastUsed - cutoff < 0;
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
