package org.safereturn.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.safereturn.common.error.ProblemException;

/**
 * The legal transitions of a case, as one table: which acts are allowed from which status and
 * where they lead. Closing and reopening are handled by {@link CaseFile} because they depend on
 * the status before closing.
 */
final class CaseLifecycle {
    /** The acts that move a case along. */
    enum Act { VERIFY, IDENTIFY_VICTIM, IDENTIFY_NOT_VICTIM, NOT_IDENTIFIED, START_SUPPORT, HANDOVER, FOLLOW_UP, CLOSE, REOPEN }

    private record Rule(Set<CaseStatus> from, CaseStatus to) {}

    private static final Map<Act, Rule> RULES = Map.of(
            Act.VERIFY, new Rule(EnumSet.of(CaseStatus.OPEN), CaseStatus.UNDER_VERIFICATION),
            Act.IDENTIFY_VICTIM, new Rule(EnumSet.of(CaseStatus.UNDER_VERIFICATION), CaseStatus.IDENTIFIED),
            Act.IDENTIFY_NOT_VICTIM, new Rule(EnumSet.of(CaseStatus.UNDER_VERIFICATION), CaseStatus.NOT_IDENTIFIED),
            Act.NOT_IDENTIFIED, new Rule(EnumSet.of(CaseStatus.UNDER_VERIFICATION), CaseStatus.NOT_IDENTIFIED),
            Act.START_SUPPORT, new Rule(EnumSet.of(CaseStatus.IDENTIFIED, CaseStatus.NOT_IDENTIFIED), CaseStatus.SUPPORTING),
            Act.HANDOVER, new Rule(EnumSet.of(CaseStatus.IDENTIFIED, CaseStatus.NOT_IDENTIFIED, CaseStatus.SUPPORTING), CaseStatus.HANDED_OVER),
            Act.FOLLOW_UP, new Rule(EnumSet.of(CaseStatus.HANDED_OVER), CaseStatus.FOLLOW_UP),
            Act.CLOSE, new Rule(EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED)), CaseStatus.CLOSED));

    private CaseLifecycle() {}

    /** Where {@code act} leads from {@code current}; 409 {@code case.invalid-transition} when it may not happen. */
    static CaseStatus next(CaseStatus current, Act act) {
        Rule rule = RULES.get(act);
        if (rule == null || !rule.from().contains(current)) {
            throw invalid(current, act);
        }
        return rule.to();
    }

    static boolean allowed(CaseStatus current, Act act) {
        Rule rule = RULES.get(act);
        return rule != null && rule.from().contains(current);
    }

    static ProblemException invalid(CaseStatus current, Act act) {
        return ProblemException.conflict("case.invalid-transition",
                "A case that is " + current + " cannot be " + act.name().toLowerCase().replace('_', ' '));
    }
}
