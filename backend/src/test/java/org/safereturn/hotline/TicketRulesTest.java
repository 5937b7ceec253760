package org.safereturn.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safereturn.cases.CaseCategory;
import org.safereturn.common.error.ProblemException;
import org.safereturn.hotline.TicketLifecycle.Act;

class TicketRulesTest {
    static final Map<TicketUrgency, Duration> WITHIN = Map.of(TicketUrgency.EMERGENCY, Duration.ofMinutes(15),
            TicketUrgency.HIGH, Duration.ofHours(2), TicketUrgency.NORMAL, Duration.ofHours(24), TicketUrgency.LOW, Duration.ofHours(72));
    static final OffsetDateTime START = OffsetDateTime.parse("2026-11-24T21:40:00+07:00");

    static HotlineTicket ticket(TicketStatus status, TicketUrgency urgency) {
        HotlineTicket t = new HotlineTicket();
        t.status = status;
        t.startedAt = START;
        t.setUrgency(urgency, WITHIN);
        return t;
    }

    @Test
    void anEmergencyIsDueFifteenMinutesAfterTheCallStartedAndALowOneThreeDays() {
        assertEquals(START.plusMinutes(15), ticket(TicketStatus.NEW, TicketUrgency.EMERGENCY).responseDueAt);
        assertEquals(START.plusDays(3), ticket(TicketStatus.NEW, TicketUrgency.LOW).responseDueAt);
    }

    @Test
    void raisingTheUrgencyMovesTheDeadlineForward() {
        HotlineTicket t = ticket(TicketStatus.NEW, TicketUrgency.NORMAL);
        t.setUrgency(TicketUrgency.EMERGENCY, WITHIN);
        assertEquals(START.plusMinutes(15), t.responseDueAt);
    }

    @Test
    void anUnansweredOpenTicketIsOverdueAfterItsDeadlineButNotOnceSomeoneResponded() {
        HotlineTicket t = ticket(TicketStatus.NEW, TicketUrgency.EMERGENCY);
        assertFalse(t.overdue(START.plusMinutes(14)));
        assertTrue(t.overdue(START.plusMinutes(16)));
        t.apply(Act.START, START.plusMinutes(20));
        assertEquals(START.plusMinutes(20), t.respondedAt);
        assertFalse(t.overdue(START.plusHours(1)));
    }

    @Test
    void assigningIsNotAResponseButEscalatingIs() {
        HotlineTicket t = ticket(TicketStatus.TRIAGED, TicketUrgency.HIGH);
        t.apply(Act.ASSIGN, START.plusMinutes(1));
        assertEquals(TicketStatus.ASSIGNED, t.status);
        assertNull(t.respondedAt);
        t.apply(Act.ESCALATE, START.plusMinutes(5));
        assertEquals(TicketStatus.ESCALATED, t.status);
        assertEquals(START.plusMinutes(5), t.respondedAt);
        assertEquals(START.plusMinutes(5), t.escalatedAt);
    }

    @Test
    void reassigningATicketInProgressKeepsItInProgress() {
        assertEquals(TicketStatus.IN_PROGRESS, TicketLifecycle.next(TicketStatus.IN_PROGRESS, Act.ASSIGN));
        assertEquals(TicketStatus.ESCALATED, TicketLifecycle.next(TicketStatus.ESCALATED, Act.ASSIGN));
    }

    @Test
    void aClosedTicketCannotBeEscalatedResolvedOrAssigned() {
        for (Act act : List.of(Act.ESCALATE, Act.RESOLVE, Act.ASSIGN, Act.TRIAGE, Act.START, Act.CLOSE)) {
            ProblemException e = assertThrows(ProblemException.class, () -> TicketLifecycle.next(TicketStatus.CLOSED, act));
            assertEquals(409, e.status());
            assertEquals("ticket.invalid-transition", e.code());
        }
        assertEquals(TicketStatus.IN_PROGRESS, TicketLifecycle.next(TicketStatus.CLOSED, Act.REOPEN));
    }

    @Test
    void onlyResolvedOrEscalatedTicketsClose() {
        assertEquals(TicketStatus.CLOSED, TicketLifecycle.next(TicketStatus.RESOLVED, Act.CLOSE));
        assertEquals(TicketStatus.CLOSED, TicketLifecycle.next(TicketStatus.ESCALATED, Act.CLOSE));
        assertThrows(ProblemException.class, () -> TicketLifecycle.next(TicketStatus.IN_PROGRESS, Act.CLOSE));
        assertThrows(ProblemException.class, () -> TicketLifecycle.next(TicketStatus.NEW, Act.CLOSE));
    }

    @Test
    void anEscalatedTicketMayBeEscalatedAgainForAReferralAfterTheIntake() {
        assertEquals(TicketStatus.ESCALATED, TicketLifecycle.next(TicketStatus.ESCALATED, Act.ESCALATE));
    }

    @Test
    void theSameNumberWrittenThreeWaysIsOneCaller() {
        assertEquals("0912345678", PhoneNumbers.canonical("+84 912 345 678"));
        assertEquals("0912345678", PhoneNumbers.canonical("0084 912.345.678"));
        assertEquals("0912345678", PhoneNumbers.canonical("0912-345-678"));
        assertEquals("111", PhoneNumbers.canonical("111"));
        assertEquals("+8613800138000", PhoneNumbers.canonical("+86 138 0013 8000"));
        assertNull(PhoneNumbers.canonical("  "));
    }

    @Test
    void theTicketsCategoriesSuggestTheCaseGroupOfTheIntake() {
        HotlineTicket t = ticket(TicketStatus.NEW, TicketUrgency.EMERGENCY);
        t.categories = List.of("TRAFFICKING_SUSPECTED", "CHILD_ABUSE");
        assertEquals(CaseCategory.PRESUMED_VICTIM, TicketService.suggestedCategory(t));
        t.categories = List.of("RETURNED_VICTIM_SUPPORT");
        assertEquals(CaseCategory.VICTIM, TicketService.suggestedCategory(t));
        t.categories = List.of("LABOUR_MIGRATION_ADVICE");
        assertEquals(CaseCategory.PROSPECTIVE_MIGRANT_WORKER, TicketService.suggestedCategory(t));
        t.categories = List.of("DOMESTIC_VIOLENCE");
        assertEquals(CaseCategory.AT_RISK, TicketService.suggestedCategory(t));
    }
}
