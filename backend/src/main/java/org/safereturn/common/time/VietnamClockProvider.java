package org.safereturn.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.validation.ClockProvider;

/**
 * The clock Bean Validation judges @Past, @PastOrPresent and @Future by: the application's clock
 * in Vietnam's zone. Without it the JVM's zone (UTC on the servers) decided, and from midnight to
 * 7 a.m. in Vietnam a decision dated today was refused as being in the future.
 */
@ApplicationScoped
public class VietnamClockProvider implements ClockProvider {
    private final Clock clock;

    @Inject
    public VietnamClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(VietnamTime.ZONE);
    }
}
