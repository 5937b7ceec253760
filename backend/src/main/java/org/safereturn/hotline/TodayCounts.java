package org.safereturn.hotline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Today's console counts of each organization, reused while fresh. Every operator's screen asks
 * every half minute and counting a busy day reads every ticket of it, so counts a few seconds
 * old serve them all. When they go stale one request counts again while the others show the
 * stale ones, rather than every waiting screen counting the same day at once; a new day is
 * always counted afresh.
 */
final class TodayCounts<T> {
    private record Counted<T>(T value, OffsetDateTime midnight, OffsetDateTime until) {}

    private final ConcurrentHashMap<UUID, Counted<T>> counted = new ConcurrentHashMap<>();
    private final Set<UUID> recounting = ConcurrentHashMap.newKeySet();
    private final Supplier<Duration> freshFor;

    TodayCounts(Supplier<Duration> freshFor) {
        this.freshFor = freshFor;
    }

    /** The counts of {@code organizationId} for the day starting at {@code midnight}, as of {@code now}. */
    T get(UUID organizationId, OffsetDateTime midnight, OffsetDateTime now, Supplier<T> count) {
        Counted<T> known = counted.get(organizationId);
        boolean sameDay = known != null && known.midnight().equals(midnight);
        if (sameDay && known.until().isAfter(now)) {
            return known.value();
        }
        boolean claimed = recounting.add(organizationId);
        if (sameDay && !claimed) {
            return known.value(); // stale, while another request counts
        }
        try {
            T value = count.get();
            counted.put(organizationId, new Counted<>(value, midnight, now.plus(freshFor.get())));
            return value;
        } finally {
            if (claimed) {
                recounting.remove(organizationId);
            }
        }
    }
}
