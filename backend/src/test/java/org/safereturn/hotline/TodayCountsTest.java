package org.safereturn.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The console's counts of today: fresh ones reused, stale ones shown while one request counts, a new day counted. */
class TodayCountsTest {
    private static final UUID ORG = UUID.randomUUID();
    private static final OffsetDateTime MIDNIGHT = OffsetDateTime.of(2026, 12, 5, 17, 0, 0, 0, ZoneOffset.UTC);
    private final AtomicInteger counts = new AtomicInteger();
    private final TodayCounts<Integer> today = new TodayCounts<>(() -> Duration.ofSeconds(10));

    private Integer count() {
        return counts.incrementAndGet();
    }

    @Test
    void freshCountsAreReusedAndStaleOnesCountedAgain() {
        OffsetDateTime t0 = MIDNIGHT.plusHours(9);
        assertEquals(1, today.get(ORG, MIDNIGHT, t0, this::count));
        assertEquals(1, today.get(ORG, MIDNIGHT, t0.plusSeconds(9), this::count), "within 10 s: the same counts");
        assertEquals(2, today.get(ORG, MIDNIGHT, t0.plusSeconds(10), this::count), "at 10 s: counted again");
        assertEquals(2, counts.get());
        // Another organization has counts of its own.
        assertEquals(3, today.get(UUID.randomUUID(), MIDNIGHT, t0.plusSeconds(10), this::count));
    }

    @Test
    void aNewDayIsCountedEvenWhileYesterdaysCountsAreFresh() {
        OffsetDateTime lateEvening = MIDNIGHT.plusHours(24).minusSeconds(2);
        assertEquals(1, today.get(ORG, MIDNIGHT, lateEvening, this::count));
        assertEquals(2, today.get(ORG, MIDNIGHT.plusDays(1), lateEvening.plusSeconds(3), this::count));
    }

    @Test
    void whileOneRequestRecountsTheOthersShowTheStaleCountsInsteadOfCountingToo() throws Exception {
        OffsetDateTime t0 = MIDNIGHT.plusHours(9);
        assertEquals(1, today.get(ORG, MIDNIGHT, t0, this::count));
        OffsetDateTime stale = t0.plusSeconds(30);
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> recount = pool.submit(() -> today.get(ORG, MIDNIGHT, stale, () -> {
                counting.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return count();
            }));
            counting.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                assertEquals(1, pool.submit(() -> today.get(ORG, MIDNIGHT, stale, this::count)).get(5, TimeUnit.SECONDS),
                        "a screen asking during the recount gets the stale counts at once");
            }
            release.countDown();
            assertEquals(2, recount.get(5, TimeUnit.SECONDS));
            assertEquals(2, counts.get(), "the day was counted twice in all, not once per waiting screen");
            assertEquals(2, today.get(ORG, MIDNIGHT, stale.plusSeconds(1), this::count), "then the new counts are fresh");
        } finally {
            pool.shutdownNow();
        }
    }
}
