package org.safereturn.hotline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.safereturn.common.error.ProblemException;

/**
 * The steps of a hotline ticket as one table (from which statuses each may be taken, and where it
 * leads), when a response is due, and when a ticket counts as overdue.
 */
final class TicketLifecycle {
    /** The steps that move a ticket along. */
    enum Act {
        TRIAGE, ASSIGN, START, RESOLVE, ESCALATE, CLOSE, REOPEN;

        String path() {
            return name().toLowerCase();
        }
    }

    static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.NEW, TicketStatus.TRIAGED, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS);

    /** {@code to} null: the status stays (assigning a ticket already in progress, a second escalation). */
    private record Rule(Set<TicketStatus> from, TicketStatus to) {}

    private static final Map<Act, Rule> RULES = Map.of(
            Act.TRIAGE, new Rule(EnumSet.of(TicketStatus.NEW, TicketStatus.TRIAGED), TicketStatus.TRIAGED),
            Act.ASSIGN, new Rule(EnumSet.of(TicketStatus.NEW, TicketStatus.TRIAGED, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                    TicketStatus.ESCALATED), null),
            Act.START, new Rule(EnumSet.of(TicketStatus.NEW, TicketStatus.TRIAGED, TicketStatus.ASSIGNED), TicketStatus.IN_PROGRESS),
            Act.RESOLVE, new Rule(OPEN, TicketStatus.RESOLVED),
            Act.ESCALATE, new Rule(EnumSet.of(TicketStatus.NEW, TicketStatus.TRIAGED, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                    TicketStatus.RESOLVED, TicketStatus.ESCALATED), TicketStatus.ESCALATED),
            Act.CLOSE, new Rule(EnumSet.of(TicketStatus.RESOLVED, TicketStatus.ESCALATED), TicketStatus.CLOSED),
            Act.REOPEN, new Rule(EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED), TicketStatus.IN_PROGRESS));

    private TicketLifecycle() {}

    /** Where {@code act} leads from {@code current}; 409 {@code ticket.invalid-transition} when it may not happen. */
    static TicketStatus next(TicketStatus current, Act act) {
        Rule rule = RULES.get(act);
        if (!rule.from().contains(current)) {
            throw ProblemException.conflict("ticket.invalid-transition",
                    "A ticket that is " + current + " cannot be " + pastTense(act));
        }
        if (act == Act.ASSIGN) {
            return current == TicketStatus.NEW || current == TicketStatus.TRIAGED ? TicketStatus.ASSIGNED : current;
        }
        return rule.to();
    }

    static boolean allowed(TicketStatus current, Act act) {
        return RULES.get(act).from().contains(current);
    }

    /** A step that answers the contact: someone works on it, resolves it or escalates it. */
    static boolean responds(Act act) {
        return act == Act.START || act == Act.RESOLVE || act == Act.ESCALATE;
    }

    /** When a contact that started at {@code startedAt} must have had a response. */
    static OffsetDateTime responseDue(TicketUrgency urgency, OffsetDateTime startedAt, Map<TicketUrgency, Duration> respondWithin) {
        return startedAt.plus(respondWithin.get(urgency));
    }

    /** Still open, not yet answered and past its response deadline. */
    static boolean overdue(TicketStatus status, OffsetDateTime respondedAt, OffsetDateTime responseDueAt, OffsetDateTime now) {
        return OPEN.contains(status) && respondedAt == null && responseDueAt.isBefore(now);
    }

    private static String pastTense(Act act) {
        return switch (act) {
            case TRIAGE -> "triaged";
            case ASSIGN -> "assigned";
            case START -> "started";
            case RESOLVE -> "resolved";
            case ESCALATE -> "escalated";
            case CLOSE -> "closed";
            case REOPEN -> "reopened";
        };
    }
}
