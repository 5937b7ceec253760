package org.safereturn.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.safereturn.cases.CaseLifecycle.Act;
import org.safereturn.common.error.ProblemException;

class CaseLifecycleTest {

    @Test
    void followsTheLegalPathFromIntakeToFollowUp() {
        CaseStatus s = CaseStatus.OPEN;
        s = CaseLifecycle.next(s, Act.VERIFY);
        assertEquals(CaseStatus.UNDER_VERIFICATION, s);
        s = CaseLifecycle.next(s, Act.IDENTIFY_VICTIM);
        assertEquals(CaseStatus.IDENTIFIED, s);
        s = CaseLifecycle.next(s, Act.START_SUPPORT);
        assertEquals(CaseStatus.SUPPORTING, s);
        s = CaseLifecycle.next(s, Act.HANDOVER);
        assertEquals(CaseStatus.HANDED_OVER, s);
        assertEquals(CaseStatus.FOLLOW_UP, CaseLifecycle.next(s, Act.FOLLOW_UP));
    }

    @Test
    void aPersonNotIdentifiedMayStillBeSupportedAndHandedOver() {
        assertEquals(CaseStatus.NOT_IDENTIFIED, CaseLifecycle.next(CaseStatus.UNDER_VERIFICATION, Act.IDENTIFY_NOT_VICTIM));
        assertEquals(CaseStatus.SUPPORTING, CaseLifecycle.next(CaseStatus.NOT_IDENTIFIED, Act.START_SUPPORT));
        assertEquals(CaseStatus.HANDED_OVER, CaseLifecycle.next(CaseStatus.NOT_IDENTIFIED, Act.HANDOVER));
    }

    @Test
    void refusesToSkipVerification() {
        ProblemException e = assertThrows(ProblemException.class, () -> CaseLifecycle.next(CaseStatus.OPEN, Act.IDENTIFY_VICTIM));
        assertEquals(409, e.status());
        assertEquals("case.invalid-transition", e.code());
        assertThrows(ProblemException.class, () -> CaseLifecycle.next(CaseStatus.OPEN, Act.HANDOVER));
        assertThrows(ProblemException.class, () -> CaseLifecycle.next(CaseStatus.IDENTIFIED, Act.VERIFY));
        assertThrows(ProblemException.class, () -> CaseLifecycle.next(CaseStatus.SUPPORTING, Act.FOLLOW_UP));
    }

    @Test
    void everyOpenStatusCanBeClosedButNotTwice() {
        for (CaseStatus s : CaseStatus.values()) {
            if (s != CaseStatus.CLOSED) {
                assertEquals(CaseStatus.CLOSED, CaseLifecycle.next(s, Act.CLOSE));
            }
        }
        assertThrows(ProblemException.class, () -> CaseLifecycle.next(CaseStatus.CLOSED, Act.CLOSE));
    }
}
