package org.safereturn.referral;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** How long the receiver has to answer, by urgency ({@code safereturn.referral.answer-within.*}). */
@ConfigMapping(prefix = "safereturn.referral.answer-within")
public interface ReferralDeadlines {
    @WithDefault("PT4H")
    Duration emergency();

    @WithDefault("PT24H")
    Duration urgent();

    @WithDefault("P5D")
    Duration routine();

    default Map<Urgency, Duration> byUrgency() {
        Map<Urgency, Duration> map = new EnumMap<>(Urgency.class);
        map.put(Urgency.EMERGENCY, emergency());
        map.put(Urgency.URGENT, urgent());
        map.put(Urgency.ROUTINE, routine());
        return map;
    }
}
