package org.safereturn.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The request budgets, per caller: a person signed in to the SPA, a partner's or integrator's API
 * client, or an address calling without a token. Each is a token bucket of {@code requests} that
 * refills evenly over {@code period}; every backend copy shares it through PostgreSQL.
 */
@ConfigMapping(prefix = "safereturn.rate-limit")
public interface RateLimitConfig {
    /** Off only for measuring the limiter's own cost. */
    @WithDefault("true")
    boolean enabled();

    /** Staff signed in to the SPA (workers, supervisors, operators, coordinators, admins, analysts). */
    Budget staff();

    /** Partner organizations: their API clients and their people. */
    Budget partner();

    /** Integrators' API clients pulling reports. */
    Budget integrator();

    /** Calls without a token (the public directory feed), per address. */
    Budget anonymous();

    interface Budget {
        int requests();

        @WithDefault("PT1M")
        Duration period();
    }
}
