package org.safereturn.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.safereturn.common.error.ProblemException;

/**
 * The legal steps of a referral as one table: which side may take each step, from which status,
 * and where it leads; and the answer deadline by urgency.
 */
final class ReferralLifecycle {
    /** Which organization of the referral takes a step. */
    enum Side { SENDER, RECEIVER, EITHER }

    /** The steps that move a referral along. */
    enum Act {
        SEND, ACCEPT, DECLINE, START, COMPLETE, CANCEL, ESCALATE;

        String path() {
            return name().toLowerCase();
        }
    }

    private record Rule(Side side, Set<ReferralStatus> from, ReferralStatus to) {}

    private static final Map<Act, Rule> RULES = Map.of(
            Act.SEND, new Rule(Side.SENDER, EnumSet.of(ReferralStatus.DRAFT), ReferralStatus.SENT),
            Act.ACCEPT, new Rule(Side.RECEIVER, EnumSet.of(ReferralStatus.SENT), ReferralStatus.ACCEPTED),
            Act.DECLINE, new Rule(Side.RECEIVER, EnumSet.of(ReferralStatus.SENT), ReferralStatus.DECLINED),
            Act.START, new Rule(Side.RECEIVER, EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.IN_PROGRESS),
            Act.COMPLETE, new Rule(Side.RECEIVER, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS), ReferralStatus.COMPLETED),
            Act.CANCEL, new Rule(Side.SENDER,
                    EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS),
                    ReferralStatus.CANCELLED),
            // Escalating reminds the receiver of an unanswered referral; the status stays.
            Act.ESCALATE, new Rule(Side.SENDER, EnumSet.of(ReferralStatus.SENT), ReferralStatus.SENT));

    private ReferralLifecycle() {}

    static Side side(Act act) {
        return RULES.get(act).side();
    }

    /** Where {@code act} leads from {@code current}; 409 {@code referral.invalid-transition} when it may not happen. */
    static ReferralStatus next(ReferralStatus current, Act act) {
        Rule rule = RULES.get(act);
        if (!rule.from().contains(current)) {
            throw ProblemException.conflict("referral.invalid-transition",
                    "A referral that is " + current + " cannot be " + act.path() + (act.path().endsWith("e") ? "d" : "ed"));
        }
        return rule.to();
    }

    static boolean allowed(ReferralStatus current, Act act) {
        return RULES.get(act).from().contains(current);
    }

    /** When the receiver must have answered a referral sent at {@code sentAt}. */
    static OffsetDateTime answerDue(Urgency urgency, OffsetDateTime sentAt, Map<Urgency, Duration> answerWithin) {
        return sentAt.plus(answerWithin.get(urgency));
    }

    /** Sent, unanswered and past its due time: shown as OVERDUE to both sides. */
    static boolean overdue(ReferralStatus status, OffsetDateTime answerDueAt, OffsetDateTime now) {
        return status == ReferralStatus.SENT && answerDueAt != null && answerDueAt.isBefore(now);
    }
}
