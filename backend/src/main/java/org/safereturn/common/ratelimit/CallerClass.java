package org.safereturn.common.ratelimit;

/** Which budget a caller spends: the strictest that fits it. */
enum CallerClass {
    STAFF("staff"),
    PARTNER("partner"),
    INTEGRATOR("integrator"),
    ANONYMOUS("anonymous");

    /** The policy's name in the RateLimit and RateLimit-Policy headers. */
    final String policy;

    CallerClass(String policy) {
        this.policy = policy;
    }

    RateLimitConfig.Budget budget(RateLimitConfig config) {
        return switch (this) {
            case STAFF -> config.staff();
            case PARTNER -> config.partner();
            case INTEGRATOR -> config.integrator();
            case ANONYMOUS -> config.anonymous();
        };
    }
}
