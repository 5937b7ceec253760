package org.safereturn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safereturn.common.error.ProblemException;

class IndicatorRulesTest {
    static Indicator indicator(Indicator.Unit unit, Indicator.Direction direction) {
        Indicator i = new Indicator();
        i.unit = unit;
        i.direction = direction;
        return i;
    }

    @Test
    void aPercentOverAZeroDenominatorHasNoValueRatherThanADivisionError() {
        Indicator percent = indicator(Indicator.Unit.PERCENT, Indicator.Direction.HIGHER_IS_BETTER);
        assertNull(percent.value(3, 0L));
        assertNull(percent.value(0, null));
        assertEquals(new BigDecimal("66.67"), percent.value(2, 3L));
        assertEquals(new BigDecimal("7"), indicator(Indicator.Unit.COUNT, Indicator.Direction.HIGHER_IS_BETTER).value(7, null));
    }

    @Test
    void achievementReadsTheIndicatorsDirection() {
        Indicator more = indicator(Indicator.Unit.PERCENT, Indicator.Direction.HIGHER_IS_BETTER);
        assertEquals(new BigDecimal("45.00"), more.achievement(new BigDecimal("9"), new BigDecimal("20")));
        assertEquals(new BigDecimal("100"), more.achievement(BigDecimal.ZERO, BigDecimal.ZERO));
        assertNull(more.achievement(null, new BigDecimal("100")));
        Indicator less = indicator(Indicator.Unit.PERCENT, Indicator.Direction.LOWER_IS_BETTER);
        assertEquals(new BigDecimal("50.00"), less.achievement(new BigDecimal("10"), new BigDecimal("5")), "twice the overdue rate allowed");
        assertEquals(new BigDecimal("100"), less.achievement(BigDecimal.ZERO, new BigDecimal("5")));
    }

    @Test
    void countsNameAReportItsDimensionsAndTheirValues() {
        IndicatorRules.check(Indicator.Unit.PERCENT, new CountSpec("verification", Map.of("outcome", List.of("ON_TIME"))),
                new CountSpec("verification", Map.of()));
        for (CountSpec bad : List.of(new CountSpec("nothing", Map.of()), new CountSpec("verification", Map.of("outcome", List.of("SOON"))),
                new CountSpec("verification", Map.of("shoeSize", List.of("42"))), new CountSpec("verification", Map.of("outcome", List.of())),
                new CountSpec("verification", Map.of("month", List.of("2026-01"))))) {
            assertThrows(ProblemException.class, () -> IndicatorRules.check(Indicator.Unit.COUNT, bad, null), bad.toString());
        }
        assertThrows(ProblemException.class, () -> IndicatorRules.check(Indicator.Unit.PERCENT, new CountSpec("verification", Map.of()), null));
        assertThrows(ProblemException.class, () -> IndicatorRules.check(Indicator.Unit.COUNT, new CountSpec("verification", Map.of()),
                new CountSpec("verification", Map.of())));
    }

    @Test
    void aNumeratorIsPartOfItsDenominatorOnlyWhenItNarrowsEveryCondition() {
        CountSpec all = new CountSpec("verification", Map.of("outcome", List.of("ON_TIME", "LATE", "OVERDUE")));
        assertTrue(IndicatorRules.numeratorWithinDenominator(new CountSpec("verification", Map.of("outcome", List.of("ON_TIME"))), all));
        assertFalse(IndicatorRules.numeratorWithinDenominator(new CountSpec("verification", Map.of("outcome", List.of("PENDING"))), all));
        assertFalse(IndicatorRules.numeratorWithinDenominator(new CountSpec("verification", Map.of()), all));
        assertFalse(IndicatorRules.numeratorWithinDenominator(new CountSpec("cases-received", Map.of()), new CountSpec("verification", Map.of())));
    }
}
