package org.safereturn.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a table k-anonymous over all its columns: every released row shares its whole
 * combination of values with at least k-1 others, so no question asked of the release can
 * single out fewer than k people. Rows whose combination is rarer than k are generalised step by
 * step (each step coarsens some columns, e.g. an age band widened), and regrouped after each step;
 * rows still too rare after the last step are suppressed. Only the rows that need it are
 * generalised (local recoding), so common combinations keep their detail.
 */
final class KAnonymity {
    /** One generalisation: coarsens some cells of a row in place. */
    interface Step {
        String name();

        void apply(String[] row);
    }

    /** The released rows and what was changed to release them. */
    record Outcome(List<String[]> released, int rowsGeneralised, int cellsGeneralised, int rowsSuppressed, Map<String, Integer> rowsByStep) {}

    private KAnonymity() {}

    /** Releases the rows; they are generalised in place (no copy is kept, so that a large set fits in memory once). */
    static Outcome release(List<String[]> rows, int k, List<Step> steps) {
        List<String[]> released = new ArrayList<>();
        Map<List<String>, Integer> releasedCounts = new HashMap<>();
        List<String[]> pending = new ArrayList<>(rows);
        Map<String, Integer> byStep = new LinkedHashMap<>();
        Map<String[], Integer> changedCells = new java.util.IdentityHashMap<>();
        int generalisedRows = 0;
        int generalisedCells = 0;
        for (int level = 0; level <= steps.size() && !pending.isEmpty(); level++) {
            if (level > 0) {
                Step step = steps.get(level - 1);
                for (String[] row : pending) {
                    String[] before = row.clone();
                    step.apply(row);
                    for (int i = 0; i < row.length; i++) {
                        if (!java.util.Objects.equals(before[i], row[i])) {
                            changedCells.merge(row, 1, Integer::sum);
                        }
                    }
                }
            }
            Map<List<String>, List<String[]>> classes = new LinkedHashMap<>();
            for (String[] row : pending) {
                classes.computeIfAbsent(Arrays.asList(row), x -> new ArrayList<>()).add(row);
            }
            pending.clear();
            int releasedNow = 0;
            for (Map.Entry<List<String>, List<String[]>> c : classes.entrySet()) {
                // A class of k or more goes out; so does a smaller one joining a combination already out k times or more.
                if (c.getValue().size() >= k || releasedCounts.getOrDefault(c.getKey(), 0) >= k) {
                    released.addAll(c.getValue());
                    releasedCounts.merge(c.getKey(), c.getValue().size(), Integer::sum);
                    releasedNow += c.getValue().size();
                    for (String[] row : c.getValue()) {
                        generalisedCells += changedCells.getOrDefault(row, 0);
                    }
                } else {
                    pending.addAll(c.getValue());
                }
            }
            if (level > 0) {
                generalisedRows += releasedNow;
                byStep.put(steps.get(level - 1).name(), releasedNow);
            }
        }
        for (Map.Entry<List<String>, Integer> c : releasedCounts.entrySet()) {
            if (c.getValue() < k) {
                throw new IllegalStateException("a released combination has fewer than k rows");
            }
        }
        return new Outcome(released, generalisedRows, generalisedCells, pending.size(), byStep);
    }
}
