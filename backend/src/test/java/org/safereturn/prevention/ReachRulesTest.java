package org.safereturn.prevention;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safereturn.common.error.ProblemException;
import org.safereturn.prevention.PreventionDtos.ReachCount;

class ReachRulesTest {
    @Test
    void theReachIsCheckedAgainstThePopulationOnlyWhenOneIsRecorded() {
        List<ReachCount> reach = List.of(new ReachCount(ReachSex.FEMALE, AgeGroup.ADULTS, 600), new ReachCount(ReachSex.MALE, AgeGroup.CHILDREN, 401));
        assertEquals(1001, ReachRules.total(reach));
        assertEquals("prevention.reach-exceeds-population", assertThrows(ProblemException.class, () -> ReachRules.check(reach, 1000, "06658")).code());
        assertDoesNotThrow(() -> ReachRules.check(reach, 1001, "06658"));
        assertDoesNotThrow(() -> ReachRules.check(reach, null, "06658"));
        List<ReachCount> twice = List.of(new ReachCount(ReachSex.FEMALE, AgeGroup.ADULTS, 1), new ReachCount(ReachSex.FEMALE, AgeGroup.ADULTS, 1));
        assertEquals("validation.failed", assertThrows(ProblemException.class, () -> ReachRules.check(twice, null, "06658")).code());
    }
}
