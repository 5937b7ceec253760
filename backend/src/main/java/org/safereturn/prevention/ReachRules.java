package org.safereturn.prevention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.prevention.PreventionDtos.ReachCount;

/** The people a campaign reached: one count per sex and age group, never more than the commune's residents. */
final class ReachRules {
    private ReachRules() {}

    static long total(List<ReachCount> reach) {
        return reach.stream().mapToLong(ReachCount::count).sum();
    }

    static void check(List<ReachCount> reach, Integer population, String placeCode) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reach.size(); i++) {
            if (!seen.add(reach.get(i).sex() + "/" + reach.get(i).ageGroup())) {
                throw ProblemException.invalid("reach[" + i + "]", "counts the same sex and age group twice");
            }
        }
        long total = total(reach);
        if (population != null && total > population) {
            throw new ProblemException(422, "prevention.reach-exceeds-population", "More people reached than live there",
                    "The campaign counts " + total + " people reached, but commune " + placeCode + " has " + population
                            + " residents; check the counts or the commune's population",
                    List.of(new Problem.FieldError("reach", "adds up to more than the commune's " + population + " residents")));
        }
    }
}
