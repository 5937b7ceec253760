package org.safereturn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** k-anonymity of the CTDC release as a property over generated data sets. */
class KAnonymityTest {
    static final String[] AGES = {"0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+", "Unknown"};
    static final String[] COUNTRIES = {"VN", "VN", "VN", "VN", "CN", "CN", "KH", "LA", "MY", "TH", "KR", "JP", "DE", "00"};
    static final String[] GENDERS = {"Female", "Female", "Female", "Male", "Male", "Unknown"};

    /** A row like CtdcDataset's: skewed so that most rows are common and some rare. */
    static String[] row(Random random) {
        String[] row = new String[CtdcDataset.COLUMNS.size()];
        Arrays.fill(row, CtdcDataset.NO);
        row[0] = String.valueOf(2015 + random.nextInt(random.nextInt(10) + 1));
        row[1] = "Case Management";
        row[2] = GENDERS[random.nextInt(GENDERS.length)];
        row[3] = AGES[Math.min(AGES.length - 1, (int) Math.abs(random.nextGaussian() * 2.5) + 2)];
        row[4] = row[3].equals("Unknown") ? "Unknown" : row[3].startsWith("0") || row[3].startsWith("9") ? "Minor" : "Adult";
        row[5] = random.nextInt(20) == 0 ? COUNTRIES[random.nextInt(COUNTRIES.length)] : "VN";
        row[6] = COUNTRIES[Math.min(COUNTRIES.length - 1, Math.abs((int) (random.nextGaussian() * 4)) + 3)];
        row[CtdcDataset.COLUMNS.indexOf(random.nextBoolean() ? "isForcedMarriage" : random.nextBoolean() ? "isForcedLabour" : "isSexualExploit")] = CtdcDataset.YES;
        int means = random.nextInt(4);
        for (int m = 0; m < means; m++) {
            row[CtdcDataset.COLUMNS.indexOf(CtdcDataset.MEANS_FLAGS.get(random.nextInt(6)))] = CtdcDataset.YES;
        }
        if (means == 0) {
            row[CtdcDataset.COLUMNS.indexOf("meansNotSpecified")] = CtdcDataset.YES;
        }
        row[row.length - 1] = random.nextInt(3) == 0 ? "Friend" : "Unknown";
        return row;
    }

    /** The released rows one by one. */
    static List<String[]> released(KAnonymity.Outcome outcome) {
        List<String[]> rows = new ArrayList<>();
        outcome.rows().forEach(rows::add);
        return rows;
    }

    @Test
    void everyReleasedCombinationOfAllColumnsHasAtLeastElevenRows() {
        for (int trial = 0; trial < 40; trial++) {
            Random random = new Random(trial);
            int size = 50 + random.nextInt(3000);
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rows.add(row(random));
            }
            KAnonymity.Outcome outcome = KAnonymity.release(rows, CtdcDataset.K, CtdcDataset.STEPS);
            Map<List<String>, Integer> classes = new HashMap<>();
            released(outcome).forEach(r -> classes.merge(Arrays.asList(r), 1, Integer::sum));
            for (Map.Entry<List<String>, Integer> c : classes.entrySet()) {
                assertTrue(c.getValue() >= CtdcDataset.K, "trial " + trial + ": " + c.getKey() + " has " + c.getValue());
            }
            assertEquals(size, released(outcome).size() + outcome.rowsSuppressed(), "every row is released or suppressed");
            assertEquals(released(outcome).size(), outcome.releasedRows());
            assertEquals(outcome.rowsGeneralised(), outcome.rowsByStep().values().stream().mapToLong(Long::longValue).sum());
            assertTrue(outcome.cellsGeneralised() >= outcome.rowsGeneralised(), "a generalised row has a changed cell");
        }
    }

    @Test
    void commonRowsKeepTheirDetailAndRareOnesAreGeneralisedThenSuppressed() {
        List<String[]> rows = new ArrayList<>();
        Random random = new Random(7);
        String[] common = row(random);
        common[3] = "30--38";
        common[4] = "Adult";
        for (int i = 0; i < 30; i++) {
            rows.add(common.clone());
        }
        // Twelve rows that differ only in their narrow age band: together they form a class once widened.
        String[] young = common.clone();
        for (String age : new String[] {"18--20", "21--23", "24--26", "27--29"}) {
            for (int i = 0; i < 3; i++) {
                String[] r = young.clone();
                r[3] = age;
                rows.add(r);
            }
        }
        String[] lonely = common.clone();
        lonely[2] = "Other";
        rows.add(lonely);
        KAnonymity.Outcome outcome = KAnonymity.release(rows, CtdcDataset.K, CtdcDataset.STEPS);
        long untouched = released(outcome).stream().filter(r -> Arrays.equals(r, common)).count();
        assertTrue(untouched >= 30, "the common combination is released as it is");
        assertEquals(1, outcome.rowsSuppressed(), "the one person of another gender cannot be hidden among ten others");
        assertTrue(released(outcome).stream().noneMatch(r -> "Other".equals(r[2])));
        assertEquals(12L, outcome.rowsByStep().get("ageBandWidened"), "the narrow bands were widened together: " + outcome.rowsByStep());
        assertEquals(12, released(outcome).stream().filter(r -> "18--29".equals(r[3])).count());
        assertEquals(12, outcome.cellsGeneralised());
    }

    @Test
    void aMillionRecordsOfFewCombinationsAreReleasedFromTheirGroups() {
        Random random = new Random(11);
        Map<List<String>, Long> groups = new java.util.LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < 400; i++) {
            long count = 1 + random.nextInt(5_000);
            groups.merge(Arrays.asList(row(random)), count, Long::sum);
            total += count;
        }
        KAnonymity.Outcome outcome = KAnonymity.release(groups, CtdcDataset.K, CtdcDataset.STEPS);
        assertEquals(total, outcome.releasedRows() + outcome.rowsSuppressed(), "every record is released or suppressed");
        outcome.released().forEach(g -> assertTrue(g.count() >= CtdcDataset.K));
        long streamed = 0;
        for (String[] ignored : outcome.rows()) {
            streamed++;
        }
        assertEquals(outcome.releasedRows(), streamed, "the rows are written out one by one from the groups");
        assertTrue(total > 500_000, "a large register: " + total);
    }
}
