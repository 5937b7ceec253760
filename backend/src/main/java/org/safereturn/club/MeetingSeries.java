package org.safereturn.club;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A club's monthly series of meetings: one on the same day of each month (the month's last day
 * when it is shorter), for a run of months, skipping every month that already has a meeting.
 */
final class MeetingSeries {
    static final int MAX_MONTHS = 24;

    private MeetingSeries() {}

    static List<LocalDate> dates(YearMonth first, int months, int dayOfMonth, Collection<LocalDate> existing) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be 1 to " + MAX_MONTHS);
        }
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("dayOfMonth must be 1 to 31");
        }
        List<YearMonth> taken = existing.stream().map(YearMonth::from).toList();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            if (!taken.contains(month)) {
                dates.add(month.atDay(Math.min(dayOfMonth, month.lengthOfMonth())));
            }
        }
        return dates;
    }

    /** The months from {@code from} to {@code to} (both included) without a held meeting. */
    static List<YearMonth> monthsWithoutHeld(YearMonth from, YearMonth to, Collection<LocalDate> held) {
        List<YearMonth> heldMonths = held.stream().map(YearMonth::from).toList();
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!heldMonths.contains(m)) {
                missing.add(m);
            }
        }
        return missing;
    }
}
