package org.safereturn.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** A copy's share of a budget, against a shared bucket that does not refill during the test. */
class BudgetShareTest {
    private static final long SECOND = 1_000_000_000L;

    /** A shared bucket of {@code tokens}, counting how often it is asked (each ask is a database round trip). */
    static final class Shared implements LongFunction<BudgetShare.TopUp> {
        long tokens;
        final long capacity;
        final AtomicInteger asks = new AtomicInteger();

        Shared(long tokens) {
            this.tokens = tokens;
            this.capacity = tokens;
        }

        @Override
        public BudgetShare.TopUp apply(long n) {
            asks.incrementAndGet();
            long granted = Math.min(n, tokens);
            tokens -= granted;
            return new BudgetShare.TopUp(granted, tokens, (capacity - tokens) * SECOND);
        }
    }

    private static RateLimitConfig.Budget budget(int perMinute) {
        return new RateLimitConfig.Budget() {
            @Override
            public int requests() {
                return perMinute;
            }

            @Override
            public Duration period() {
                return Duration.ofMinutes(1);
            }
        };
    }

    @Test
    void aCopySpendsItsShareWithoutAskingTheDatabaseEachTime() {
        Shared shared = new Shared(600);
        BudgetShare share = new BudgetShare(budget(600), 0);
        assertEquals(30, share.target, "5 % of 600");
        for (int i = 0; i < 30; i++) {
            assertTrue(share.spend(shared, i).allowed());
        }
        assertEquals(1, shared.asks.get(), "one round trip served 30 requests");
        BudgetShare.Spent last = share.spend(shared, 31);
        assertTrue(last.allowed());
        assertEquals(2, shared.asks.get(), "a share spent wholly before the background topped it up is taken on the request");
        assertEquals(600 - 60 + 29, last.remaining(), "what the bucket holds plus what this copy still holds");
    }

    @Test
    void theBackgroundTopsUpOnlyAHalfSpentShareOfAnActiveCaller() {
        Shared shared = new Shared(600);
        BudgetShare share = new BudgetShare(budget(600), 0);
        assertEquals(0, share.wanted(), "a caller who has not spent wants nothing");
        share.spend(shared, 0);
        assertEquals(0, share.wanted(), "29 of 30 left: not yet");
        for (int i = 0; i < 14; i++) {
            share.spend(shared, i);
        }
        assertEquals(15, share.wanted(), "15 of 30 left: top up to 30");
        share.add(shared.apply(share.wanted()), 20);
        assertEquals(0, share.wanted());
        assertEquals(600 - 45, shared.tokens, "taken ahead, so the shared budget is never overspent");
        assertEquals(30, share.release(), "an idle caller's share goes back");
    }

    @Test
    void aSpentBudgetIsRefusedWithTheTimeOfItsNextToken() {
        Shared shared = new Shared(5);
        BudgetShare share = new BudgetShare(budget(5), 0);
        assertEquals(1, share.target, "a small budget's share is one request: every request asks");
        for (int i = 0; i < 5; i++) {
            assertTrue(share.spend(shared, 0).allowed());
        }
        BudgetShare.Spent refused = share.spend(new LongFunction<>() {
            @Override
            public BudgetShare.TopUp apply(long n) {
                return new BudgetShare.TopUp(0, 0, 60 * SECOND); // empty, full again in 60 s
            }
        }, 0);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(12 * SECOND, refused.nanosToNextToken(), "5 a minute: the next token comes in 12 s");
        assertEquals(60 * SECOND, refused.nanosToFull());

        // Until then a caller in a loop is refused from memory; when the token is due, the bucket is asked again.
        Shared refilled = new Shared(1);
        for (long t = 1; t < 12 * SECOND; t += SECOND) {
            BudgetShare.Spent again = share.spend(refilled, t);
            assertFalse(again.allowed());
            assertEquals(12 * SECOND - t, again.nanosToNextToken(), "Retry-After counts down");
        }
        assertEquals(0, refilled.asks.get(), "no round trip per refusal");
        assertTrue(share.spend(refilled, 12 * SECOND).allowed(), "the token that came back is spent");
        assertEquals(1, refilled.asks.get());
    }
}
