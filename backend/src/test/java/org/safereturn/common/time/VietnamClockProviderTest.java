package org.safereturn.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Today" in a date's validation is today in Vietnam, whatever the server's zone. */
@QuarkusTest
class VietnamClockProviderTest {
    record Decision(@PastOrPresent LocalDate decisionDate) {}

    @Inject
    ValidatorFactory validators;

    @Test
    void theApplicationsValidatorJudgesDatesInVietnam() {
        assertEquals(VietnamTime.ZONE, validators.getClockProvider().getClock().getZone());
    }

    @Test
    void atHalfPastOneInTheMorningInHanoiTodayIsNotTheFuture() {
        // 18:30 UTC on 6 December is 01:30 on 7 December in Vietnam.
        Clock utc = Clock.fixed(Instant.parse("2026-12-06T18:30:00Z"), ZoneOffset.UTC);
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .clockProvider(new VietnamClockProvider(utc)).buildValidatorFactory()) {
            assertTrue(factory.getValidator().validate(new Decision(LocalDate.parse("2026-12-07"))).isEmpty(),
                    "a decision made today in Vietnam");
            assertEquals(1, factory.getValidator().validate(new Decision(LocalDate.parse("2026-12-08"))).size(),
                    "tomorrow in Vietnam is still the future");
        }
    }
}
