package org.safereturn.consent;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Consent settings: how long a supervisor's emergency override lasts. */
@ConfigMapping(prefix = "safereturn.consent")
public interface ConsentConfig {
    /** An emergency override ends this long after it was given (ISO-8601, e.g. PT72H), or at a withdrawal. */
    @WithDefault("PT72H")
    Duration overrideLasts();
}
