package org.safereturn.cases;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.cases.CaseDtos.Exploitation;
import org.safereturn.cases.CaseDtos.IdentifyRequest;
import org.safereturn.cases.CaseDtos.LabourType;
import org.safereturn.cases.CaseDtos.SexualExploitationType;
import org.safereturn.common.error.ProblemException;

class IdentificationRulesTest {
    private static IdentifyRequest decision(List<Exploitation> forms, List<LabourType> labour, List<SexualExploitationType> sexual) {
        return new IdentifyRequest(UUID.randomUUID(), LocalDate.of(2026, 3, 1), null, "VICTIM", forms, "CN", List.of(), null, labour, sexual);
    }

    @Test
    void typesStandBesideTheirForm() {
        assertDoesNotThrow(() -> IdentificationRules.check(decision(List.of(Exploitation.FORCED_LABOUR, Exploitation.SEXUAL),
                List.of(LabourType.CONSTRUCTION), List.of(SexualExploitationType.PROSTITUTION))));
        assertDoesNotThrow(() -> IdentificationRules.check(decision(List.of(), List.of(), null)));
    }

    @Test
    void aTypeWithoutItsFormIsRefusedOnItsField() {
        ProblemException labour = assertThrows(ProblemException.class,
                () -> IdentificationRules.check(decision(List.of(Exploitation.SEXUAL), List.of(LabourType.AGRICULTURE), null)));
        assertEquals(422, labour.status());
        assertEquals("labourTypes", labour.errors().get(0).field());
        ProblemException sexual = assertThrows(ProblemException.class,
                () -> IdentificationRules.check(decision(null, null, List.of(SexualExploitationType.PORNOGRAPHY))));
        assertEquals("sexualExploitationTypes", sexual.errors().get(0).field());
    }
}
