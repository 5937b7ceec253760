package org.safereturn.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days of the people using SafeReturn: a meeting "today" is today in Vietnam, not in UTC. */
public final class VietnamTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
