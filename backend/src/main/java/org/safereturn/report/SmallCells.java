package org.safereturn.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell protection for what analysts and integrators receive. A count from 1 to below the
 * threshold is suppressed (primary). Then, so that no suppressed count can be worked out from
 * totals, every line of the table (the cells that differ in one dimension only, whose sum another
 * report with one dimension less publishes) that holds exactly one suppressed cell gets a second
 * one: its smallest published non-zero cell, else a zero cell (complementary), chosen the same
 * way every time so that related reports withhold the same cells. Repeated until no line of two
 * or more cells has exactly one.
 */
final class SmallCells {
    /** A cell: its values along the dimensions, its count, and whether it is withheld. */
    static final class Cell {
        final List<String> key;
        final long count;
        boolean suppressed;

        Cell(List<String> key, long count) {
            this.key = key;
            this.count = count;
        }
    }

    /** How many cells each step withheld. */
    record Outcome(int primary, int complementary) {}

    private SmallCells() {}

    static Outcome suppress(List<Cell> cells, int dimensions, int threshold) {
        int primary = 0;
        for (Cell c : cells) {
            if (c.count > 0 && c.count < threshold) {
                c.suppressed = true;
                primary++;
            }
        }
        int complementary = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int d = 0; d < dimensions; d++) {
                for (List<Cell> line : lines(cells, d)) {
                    if (line.stream().filter(c -> c.suppressed).count() != 1) {
                        continue;
                    }
                    // The smallest published count of the line; a zero when nothing else is left, so
                    // that the withheld count never stands alone against a published total.
                    Cell partner = line.stream().filter(c -> !c.suppressed)
                            .min(Comparator.comparing((Cell c) -> c.count == 0).thenComparingLong(c -> c.count)
                                    .thenComparing(c -> String.join("\u0000", c.key))).orElse(null);
                    if (partner != null) {
                        partner.suppressed = true;
                        complementary++;
                        changed = true;
                    }
                }
            }
            if (dimensions == 0) {
                break;
            }
        }
        return new Outcome(primary, complementary);
    }

    /** The lines along dimension {@code d}: cells grouped by their values in every other dimension. */
    static List<List<Cell>> lines(List<Cell> cells, int d) {
        Map<List<String>, List<Cell>> lines = new HashMap<>();
        for (Cell c : cells) {
            List<String> rest = new ArrayList<>(c.key);
            rest.remove(d);
            lines.computeIfAbsent(rest, k -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(lines.values());
    }
}
