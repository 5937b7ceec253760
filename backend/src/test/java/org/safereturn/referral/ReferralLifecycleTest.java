package org.safereturn.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safereturn.common.error.ProblemException;
import org.safereturn.referral.ReferralLifecycle.Act;
import org.safereturn.referral.ReferralLifecycle.Side;

class ReferralLifecycleTest {
    static final Map<Urgency, Duration> WITHIN = Map.of(Urgency.EMERGENCY, Duration.ofHours(4), Urgency.URGENT, Duration.ofHours(24),
            Urgency.ROUTINE, Duration.ofDays(5));
    static final OffsetDateTime SENT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @ParameterizedTest
    @CsvSource({
            "DRAFT, SEND, SENT", "SENT, ACCEPT, ACCEPTED", "SENT, DECLINE, DECLINED", "ACCEPTED, START, IN_PROGRESS",
            "ACCEPTED, COMPLETE, COMPLETED", "IN_PROGRESS, COMPLETE, COMPLETED", "DRAFT, CANCEL, CANCELLED", "SENT, CANCEL, CANCELLED",
            "IN_PROGRESS, CANCEL, CANCELLED", "SENT, ESCALATE, SENT"})
    void theLegalStepsLeadWhereDomainSays(ReferralStatus from, Act act, ReferralStatus to) {
        assertEquals(to, ReferralLifecycle.next(from, act));
    }

    @ParameterizedTest
    @CsvSource({
            "DRAFT, ACCEPT", "ACCEPTED, ACCEPT", "DECLINED, ACCEPT", "SENT, START", "SENT, COMPLETE", "COMPLETED, CANCEL",
            "DECLINED, CANCEL", "CANCELLED, SEND", "SENT, SEND", "ACCEPTED, DECLINE", "ACCEPTED, ESCALATE", "COMPLETED, COMPLETE"})
    void anyOtherStepIs409(ReferralStatus from, Act act) {
        ProblemException e = assertThrows(ProblemException.class, () -> ReferralLifecycle.next(from, act));
        assertEquals(409, e.status());
        assertEquals("referral.invalid-transition", e.code());
        assertFalse(ReferralLifecycle.allowed(from, act));
    }

    @Test
    void eachStepBelongsToOneSide() {
        for (Act act : new Act[] {Act.SEND, Act.CANCEL, Act.ESCALATE}) {
            assertEquals(Side.SENDER, ReferralLifecycle.side(act));
        }
        for (Act act : new Act[] {Act.ACCEPT, Act.DECLINE, Act.START, Act.COMPLETE}) {
            assertEquals(Side.RECEIVER, ReferralLifecycle.side(act));
        }
    }

    @Test
    void theAnswerIsDueByUrgency() {
        assertEquals(SENT.plusHours(4), ReferralLifecycle.answerDue(Urgency.EMERGENCY, SENT, WITHIN));
        assertEquals(SENT.plusHours(24), ReferralLifecycle.answerDue(Urgency.URGENT, SENT, WITHIN));
        assertEquals(SENT.plusDays(5), ReferralLifecycle.answerDue(Urgency.ROUTINE, SENT, WITHIN));
    }

    @Test
    void onlyAnUnansweredReferralPastItsDueTimeIsOverdue() {
        OffsetDateTime due = SENT.plusHours(4);
        assertFalse(ReferralLifecycle.overdue(ReferralStatus.SENT, due, due));
        assertTrue(ReferralLifecycle.overdue(ReferralStatus.SENT, due, due.plusSeconds(1)));
        assertFalse(ReferralLifecycle.overdue(ReferralStatus.ACCEPTED, due, due.plusDays(1)));
        assertFalse(ReferralLifecycle.overdue(ReferralStatus.DRAFT, null, due.plusDays(1)));
    }

    @Test
    void cursorsRoundTripAndBadOnesAre422() {
        assertEquals("12-7", ChangeCursor.format(ChangeCursor.parse("12-7")[0], ChangeCursor.parse("12-7")[1]));
        assertEquals(0, ChangeCursor.parse(null)[0]);
        for (String bad : new String[] {"x", "1-2-3", "-1-2", "1-", "9999999999999999999999-1"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> ChangeCursor.parse(bad));
            assertEquals(422, e.status());
        }
    }
}
