package org.safereturn.hotline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Hotline settings: response deadlines by urgency and how long unescalated contacts keep personal data. */
@ConfigMapping(prefix = "safereturn.hotline")
public interface HotlineConfig {
    RespondWithin respondWithin();

    /** Tickets never escalated lose their personal data this long after the contact (ISO-8601, e.g. P730D). */
    @WithDefault("P730D")
    Duration retainPersonalData();

    /** How often the retention job looks for tickets to de-identify. */
    @WithDefault("1h")
    String retentionEvery();

    /** How long the console's counts of today are reused before they are counted again. */
    @WithDefault("PT10S")
    Duration consoleCountsFreshFor();

    /** How long a caller flag lasts when the operator does not say. */
    @WithDefault("P90D")
    Duration flagLasts();

    /** The response deadline of each urgency, counted from the start of the contact. */
    interface RespondWithin {
        @WithDefault("PT15M")
        Duration emergency();

        @WithDefault("PT2H")
        Duration high();

        @WithDefault("PT24H")
        Duration normal();

        @WithDefault("PT72H")
        Duration low();
    }

    default Map<TicketUrgency, Duration> respondWithinByUrgency() {
        Map<TicketUrgency, Duration> map = new EnumMap<>(TicketUrgency.class);
        map.put(TicketUrgency.EMERGENCY, respondWithin().emergency());
        map.put(TicketUrgency.HIGH, respondWithin().high());
        map.put(TicketUrgency.NORMAL, respondWithin().normal());
        map.put(TicketUrgency.LOW, respondWithin().low());
        return map;
    }
}
