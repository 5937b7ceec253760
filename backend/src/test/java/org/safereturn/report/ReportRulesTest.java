package org.safereturn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.safereturn.common.error.ProblemException;

class ReportRulesTest {
    @Test
    void aPeriodIsAMonthAQuarterAYearOrFromTo() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "2026-02"), ReportPeriod.of("2026-02", null, null));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "2026Q2"), ReportPeriod.of("2026Q2", null, null));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "2025"), ReportPeriod.of("2025", null, null));
        ReportPeriod span = ReportPeriod.of(null, "2025-11-15", "2026-01-10");
        assertEquals(List.of("2025-11", "2025-12", "2026-01"), span.months());
        assertEquals(12, ReportPeriod.of("2024", null, null).months().size());
    }

    @Test
    void aBadPeriodIsAProblem() {
        for (String bad : new String[] {"2026-13", "2026Q5", "26", "March", "2026-1"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> ReportPeriod.of(bad, null, null), bad);
            assertEquals(422, e.status());
        }
        assertThrows(ProblemException.class, () -> ReportPeriod.of(null, null, null));
        assertThrows(ProblemException.class, () -> ReportPeriod.of("2026", "2026-01-01", null));
        assertThrows(ProblemException.class, () -> ReportPeriod.of(null, "2026-03-01", "2026-02-01"));
        assertThrows(ProblemException.class, () -> ReportPeriod.of(null, "2016-01-01", "2026-01-01"), "over ten years");
        ReportPeriod.of(null, "2016-01-02", "2026-01-01");
    }

    /**
     * On random tables: every small count is withheld, published counts are the true ones, and no
     * line (cells differing in one dimension, whose total a report with one dimension less
     * publishes) holds exactly one withheld cell, so none can be worked out by subtraction.
     */
    @Test
    void noSuppressedCellCanBeWorkedOutFromItsLines() {
        Random random = new Random(20261206);
        for (int round = 0; round < 500; round++) {
            int dims = 1 + random.nextInt(3);
            int[] sizes = new int[dims];
            for (int d = 0; d < dims; d++) {
                sizes[d] = 2 + random.nextInt(4);
            }
            List<SmallCells.Cell> cells = new ArrayList<>();
            fill(cells, sizes, 0, new ArrayList<>(), random);
            int threshold = 3 + random.nextInt(8);
            List<Long> truth = cells.stream().map(c -> c.count).toList();
            SmallCells.suppress(cells, dims, threshold);
            for (int i = 0; i < cells.size(); i++) {
                SmallCells.Cell c = cells.get(i);
                assertEquals(truth.get(i), c.count);
                if (c.count > 0 && c.count < threshold) {
                    assertTrue(c.suppressed, "a small count is withheld");
                }
            }
            for (int d = 0; d < dims; d++) {
                for (List<SmallCells.Cell> line : SmallCells.lines(cells, d)) {
                    assertNotEquals(1L, line.stream().filter(c -> c.suppressed).count(), "round " + round + ": a line with one withheld cell");
                }
            }
        }
    }

    @Test
    void aTableWithoutSmallCellsIsPublishedWhole() {
        List<SmallCells.Cell> cells = List.of(new SmallCells.Cell(List.of("A"), 7), new SmallCells.Cell(List.of("B"), 0), new SmallCells.Cell(List.of("C"), 12));
        SmallCells.Outcome outcome = SmallCells.suppress(cells, 1, 5);
        assertEquals(new SmallCells.Outcome(0, 0), outcome);
        assertTrue(cells.stream().noneMatch(c -> c.suppressed));
    }

    private static void fill(List<SmallCells.Cell> cells, int[] sizes, int at, List<String> prefix, Random random) {
        if (at == sizes.length) {
            int roll = random.nextInt(10);
            long count = roll < 3 ? 0 : roll < 6 ? 1 + random.nextInt(6) : 5 + random.nextInt(40);
            cells.add(new SmallCells.Cell(List.copyOf(prefix), count));
            return;
        }
        for (int v = 0; v < sizes[at]; v++) {
            prefix.add("v" + v);
            fill(cells, sizes, at + 1, prefix, random);
            prefix.removeLast();
        }
    }
}
