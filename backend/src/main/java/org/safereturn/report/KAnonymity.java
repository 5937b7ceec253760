package org.safereturn.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Makes a table k-anonymous over all its columns: every released row shares its whole
 * combination of values with at least k-1 others, so no question asked of the release can
 * single out fewer than k people. Rows whose combination is rarer than k are generalised step by
 * step (each step coarsens some columns, e.g. an age band widened), and regrouped after each step;
 * rows still too rare after the last step are suppressed. Only the rows that need it are
 * generalised (local recoding), so common combinations keep their detail.
 *
 * <p>Rows alike are interchangeable, so the table is held as its distinct rows with how many
 * there are of each ({@link Group}): a million records of a few thousand combinations take a few
 * thousand rows of memory, and the release is written out row by row from them.
 */
final class KAnonymity {
    /** One generalisation: coarsens some cells of a row in place. */
    interface Step {
        String name();

        void apply(String[] row);
    }

    /** A combination of values and the number of rows that have it. */
    record Group(String[] row, long count) {}

    /** The released rows (as groups) and what was changed to release them. */
    record Outcome(List<Group> released, long rowsGeneralised, long cellsGeneralised, long rowsSuppressed, Map<String, Long> rowsByStep) {
        long releasedRows() {
            return released.stream().mapToLong(Group::count).sum();
        }

        /** Every released row, each group's row repeated as many times as it counts (the same array: read, never change it). */
        Iterable<String[]> rows() {
            return () -> new Iterator<>() {
                private int group;
                private long left = released.isEmpty() ? 0 : released.getFirst().count();

                @Override
                public boolean hasNext() {
                    while (left == 0 && group + 1 < released.size()) {
                        left = released.get(++group).count();
                    }
                    return left > 0;
                }

                @Override
                public String[] next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    left--;
                    return released.get(group).row();
                }
            };
        }
    }

    /** The rows of one combination while they wait: how many, and how many cells of theirs were changed in all. */
    private static final class Pending {
        long count;
        long changedCells;
    }

    private KAnonymity() {}

    /** Releases a table given row by row (tests, small tables). */
    static Outcome release(List<String[]> rows, int k, List<Step> steps) {
        Map<List<String>, Long> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.merge(Arrays.asList(r.clone()), 1L, Long::sum));
        return release(groups, k, steps);
    }

    /** Releases a table given as its distinct rows with their counts. */
    static Outcome release(Map<List<String>, Long> groups, int k, List<Step> steps) {
        Map<List<String>, Pending> pending = new LinkedHashMap<>();
        groups.forEach((row, count) -> pending.computeIfAbsent(row, x -> new Pending()).count += count);
        Map<List<String>, Long> released = new LinkedHashMap<>();
        Map<String, Long> byStep = new LinkedHashMap<>();
        long generalisedRows = 0;
        long generalisedCells = 0;
        for (int level = 0; level <= steps.size() && !pending.isEmpty(); level++) {
            if (level > 0) {
                generalise(pending, steps.get(level - 1));
            }
            long releasedNow = 0;
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var c = it.next();
                // A class of k or more goes out; so does a smaller one joining a combination already out k times or more.
                if (c.getValue().count >= k || released.getOrDefault(c.getKey(), 0L) >= k) {
                    released.merge(c.getKey(), c.getValue().count, Long::sum);
                    releasedNow += c.getValue().count;
                    generalisedCells += c.getValue().changedCells;
                    it.remove();
                }
            }
            if (level > 0) {
                generalisedRows += releasedNow;
                byStep.put(steps.get(level - 1).name(), releasedNow);
            }
        }
        List<Group> out = new ArrayList<>(released.size());
        released.forEach((row, count) -> {
            if (count < k) {
                throw new IllegalStateException("a released combination has fewer than k rows");
            }
            out.add(new Group(row.toArray(String[]::new), count));
        });
        long suppressed = pending.values().stream().mapToLong(p -> p.count).sum();
        return new Outcome(out, generalisedRows, generalisedCells, suppressed, byStep);
    }

    /** Applies a step to every waiting combination, regrouping those that become alike. */
    private static void generalise(Map<List<String>, Pending> pending, Step step) {
        Map<List<String>, Pending> next = new LinkedHashMap<>();
        pending.forEach((key, p) -> {
            String[] row = key.toArray(String[]::new);
            step.apply(row);
            int changed = 0;
            for (int i = 0; i < row.length; i++) {
                if (!java.util.Objects.equals(key.get(i), row[i])) {
                    changed++;
                }
            }
            Pending n = next.computeIfAbsent(Arrays.asList(row), x -> new Pending());
            n.count += p.count;
            n.changedCells += p.changedCells + (long) changed * p.count;
        });
        pending.clear();
        pending.putAll(next);
    }
}
