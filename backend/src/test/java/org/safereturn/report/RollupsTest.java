package org.safereturn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rollups the database keeps (V43) are exactly the records: after intakes, steps, a person's
 * facts changed, hotline contacts answered, bulk updates and a delete, every combination of the
 * rollup equals the GROUP BY of the records, and every report restated over a rollup gives the
 * numbers of its records for every dimension.
 */
@QuarkusTest
class RollupsTest {
    static final String POLICE = "00000000-0000-4000-a000-000000000003";
    static final String COUNSELLING_LINE = "00000000-0000-4000-c000-000000000001";

    /**
     * The case rollup's key and count, from the records (keyed as the triggers key them) and from
     * the rollup as readers read it (an open deadline that has passed reads as OVERDUE, folded or
     * not): the difference both ways is empty when they agree.
     */
    static final String CASES_FROM_RECORDS = """
            SELECT c.organization_id, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date), c.channel, c.category,
                   c.status, c.handing_over_organization_id, c.place_found_code, p.sex, p.age_band, p.nationality,
                   CASE WHEN c.verified_at IS NOT NULL THEN CASE WHEN c.verified_at <= c.verification_due_at THEN 'ON_TIME' ELSE 'LATE' END
                        WHEN now() > c.verification_due_at THEN 'OVERDUE' ELSE 'OPEN' END,
                   CASE WHEN c.verified_at IS NULL AND now() <= c.verification_due_at THEN c.verification_due_at END, count(*)
              FROM case_file c JOIN person p ON p.id = c.person_id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12""";
    static final String CASES_FROM_ROLLUP = """
            SELECT organization_id, received_month, channel, category, status, handing_over_organization_id, place_found_code, sex, age_band,
                   nationality, CASE WHEN verification = 'OPEN' AND now() > verification_due_at THEN 'OVERDUE' ELSE verification END,
                   CASE WHEN verification = 'OPEN' AND now() <= verification_due_at THEN verification_due_at END, sum(n)
              FROM case_rollup GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 HAVING sum(n) <> 0""";
    static final String HOTLINE_FROM_RECORDS = """
            SELECT t.organization_id, CAST(date_trunc('month', t.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date), t.line_id, t.channel,
                   t.direction, t.urgency,
                   CASE WHEN t.responded_at IS NOT NULL THEN CASE WHEN t.responded_at <= t.response_due_at THEN 'ON_TIME' ELSE 'LATE' END
                        WHEN now() > t.response_due_at THEN 'OVERDUE' ELSE 'OPEN' END,
                   CASE WHEN t.responded_at IS NULL AND now() <= t.response_due_at THEN t.response_due_at END, t.concerned_sex, t.concerned_place_code,
                   count(*), count(t.responded_at), coalesce(sum(EXTRACT(EPOCH FROM (t.responded_at - t.started_at))), 0)
              FROM hotline_ticket t GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10""";
    static final String HOTLINE_FROM_ROLLUP = """
            SELECT organization_id, started_month, line_id, channel, direction, urgency,
                   CASE WHEN response = 'OPEN' AND now() > response_due_at THEN 'OVERDUE' ELSE response END,
                   CASE WHEN response = 'OPEN' AND now() <= response_due_at THEN response_due_at END, concerned_sex, concerned_place_code,
                   sum(n), sum(responded), sum(response_seconds)
              FROM hotline_rollup GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 HAVING sum(n) <> 0""";

    @Inject
    AgroalDataSource db;
    @Inject
    ReportQueries queries;

    @Test
    void theRollupsAreExactlyTheRecordsAfterEveryKindOfChange() throws SQLException {
        // Intakes, a verification and an identification through the API.
        List<String> cases = new ArrayList<>();
        for (String sex : List.of("FEMALE", "MALE", "FEMALE", "MALE")) {
            Map<String, Object> person = new HashMap<>(Map.of("fullName", "Người Thử Tổng Hợp " + UUID.randomUUID(), "sex", sex,
                    "estimatedAge", 25, "nationality", "VN", "idDocumentType", "NONE", "languages", List.of("vi")));
            cases.add(as("worker").body(Map.of("channel", "POLICE_HANDOVER", "category", "PRESUMED_VICTIM", "person", person,
                    "placeFoundCode", "06685", "receivedAt", OffsetDateTime.now().minusDays(cases.size() < 3 ? 4 : 0).minusMinutes(1).toString()))
                    .post("/api/v1/intakes").then().statusCode(201).extract().path("id"));
        }
        as("worker").body(Map.of()).post("/api/v1/cases/" + cases.get(0) + "/verify").then().statusCode(200);
        as("worker").body(Map.of("decidingOrganizationId", POLICE, "decisionDate", LocalDate.now().toString(), "result", "VICTIM"))
                .post("/api/v1/cases/" + cases.get(0) + "/identify").then().statusCode(200);
        // Hotline contacts, one answered at once and one left waiting.
        String answered = ticket("EMERGENCY");
        ticket("LOW");
        as("operator").body(Map.of("outcome", "ADVICE_GIVEN")).post("/api/v1/hotline/tickets/" + answered + "/resolve").then().statusCode(200);
        as("operator").body(Map.of()).post("/api/v1/hotline/tickets/" + answered + "/close").then().statusCode(200);
        try (Connection c = db.getConnection(); var s = c.createStatement()) {
            // A person's facts changed, bulk updates (one that changes nothing reported), and a delete.
            s.executeUpdate("UPDATE person SET sex = 'OTHER', age_band = 'AGE_48_PLUS', nationality = 'LA' WHERE id = "
                    + "(SELECT person_id FROM case_file WHERE id = '" + cases.get(1) + "')");
            s.executeUpdate("UPDATE case_file SET updated_at = updated_at");
            s.executeUpdate("UPDATE case_file SET channel = 'NGO' WHERE id IN ('" + cases.get(1) + "', '" + cases.get(2) + "')");
            s.executeUpdate("UPDATE hotline_ticket SET urgency = 'HIGH' WHERE id = '" + answered + "'");
        }
        assertRollupsEqualRecords();
        deleteInRolledBackTransaction(cases.get(2));
        foldingPassedDeadlinesChangesNoNumber();
    }

    /** An open deadline that has passed (made here by hand, in a transaction rolled back) is folded into OVERDUE, and every number stays. */
    private void foldingPassedDeadlinesChangesNoNumber() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.executeUpdate("""
                        INSERT INTO case_rollup (organization_id, received_month, channel, category, status, sex, verification, verification_due_at, n)
                        VALUES ('00000000-0000-4000-a000-000000000001', DATE '2001-01-01', 'OTHER', 'OTHER', 'OPEN', 'FEMALE', 'OPEN', now() - interval '1 day', 2),
                               ('00000000-0000-4000-a000-000000000001', DATE '2001-01-01', 'OTHER', 'OTHER', 'OPEN', 'FEMALE', 'OVERDUE', NULL, 1)""");
                List<List<Object>> before = rows(c, CASES_FROM_ROLLUP);
                try (var rs = s.executeQuery("SELECT CAST(rollups_compact() AS text)")) {
                    rs.next();
                }
                assertEquals(before, rows(c, CASES_FROM_ROLLUP), "the same numbers once folded");
                try (var rs = s.executeQuery("SELECT count(*), (SELECT n FROM case_rollup WHERE received_month = DATE '2001-01-01' AND verification = 'OVERDUE') "
                        + "FROM case_rollup WHERE verification = 'OPEN' AND verification_due_at < now()")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "no open deadline that has passed is left");
                    assertEquals(3, rs.getLong(2), "they were added to OVERDUE");
                }
            } finally {
                c.rollback();
            }
        }
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (var s = c.createStatement(); var rs = s.executeQuery(sql + " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12")) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A case deleted (its entries first) leaves the rollup as its records, and nothing once rolled back. */
    private void deleteInRolledBackTransaction(String caseId) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM case_event WHERE case_id = '" + caseId + "'");
                assertEquals(1, s.executeUpdate("DELETE FROM case_file WHERE id = '" + caseId + "'"));
                assertEquals(0, difference(c, CASES_FROM_RECORDS, CASES_FROM_ROLLUP), "after a delete");
            } finally {
                c.rollback();
            }
        }
        assertRollupsEqualRecords();
    }

    private void assertRollupsEqualRecords() throws SQLException {
        try (Connection c = db.getConnection()) {
            assertEquals(0, difference(c, CASES_FROM_RECORDS, CASES_FROM_ROLLUP), "case_rollup against the cases");
            assertEquals(0, difference(c, HOTLINE_FROM_RECORDS, HOTLINE_FROM_ROLLUP), "hotline_rollup against the contacts");
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM case_rollup WHERE n = 0")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no combination without records is kept");
            }
        }
    }

    /** The rows in one and not the other, both ways. */
    private static long difference(Connection c, String a, String b) throws SQLException {
        try (var s = c.createStatement();
             var rs = s.executeQuery("SELECT (SELECT count(*) FROM (" + a + " EXCEPT " + b + ") x) + (SELECT count(*) FROM (" + b + " EXCEPT " + a + ") y)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyRolledUpReportGivesItsRecordsNumbersForEveryDimension() {
        LocalDate today = LocalDate.now();
        ReportPeriod decade = ReportPeriod.of(null, today.minusYears(9).withDayOfYear(1).toString(), today.withDayOfMonth(today.lengthOfMonth()).toString());
        int compared = 0;
        for (ReportDefinition d : ReportCatalog.ALL.values()) {
            if (d.rollup() == null) {
                continue;
            }
            for (String name : d.rollup().dimensions().keySet()) {
                ReportDefinition rollup = d.sourceFor(List.of(name), decade);
                assertNotSame(d, rollup, d.name() + " keeps " + name);
                Map<List<String>, Double> fromRecords = new HashMap<>();
                Map<List<String>, Double> fromRollup = new HashMap<>();
                var records = QuarkusTransaction.requiringNew().call(() -> queries.counts(d, List.of(d.dimensions().get(name)), decade, List.of(),
                        d.amount() == null ? null : fromRecords));
                var rolled = QuarkusTransaction.requiringNew().call(() -> queries.counts(rollup, List.of(rollup.dimensions().get(name)), decade,
                        List.of(), d.amount() == null ? null : fromRollup));
                assertEquals(records, rolled, d.name() + " by " + name);
                fromRecords.forEach((k, v) -> assertEquals(v, fromRollup.get(k), 1e-6, d.name() + " amount of " + k));
                compared++;
            }
        }
        assertTrue(compared >= 15, "the case and hotline reports' dimensions were compared: " + compared);
        ReportDefinition cases = ReportCatalog.require("cases-received");
        assertSame(cases, cases.sourceFor(List.of("commune", "month", "nosuch"), decade), "a dimension the rollup lacks: the records");
        assertSame(cases, cases.sourceFor(List.of("sex"), ReportPeriod.of(null, today.withDayOfMonth(1).toString(), today.withDayOfMonth(1).toString())),
                "a period of days: the records");
    }

    private static String ticket(String urgency) {
        Map<String, Object> m = new HashMap<>();
        m.put("lineId", COUNSELLING_LINE);
        m.put("channel", "PHONE");
        m.put("direction", "INBOUND");
        m.put("startedAt", OffsetDateTime.now().minusMinutes(7).toString());
        m.put("caller", Map.of("anonymous", true));
        m.put("concerned", Map.of("sex", "FEMALE", "placeCode", "06685"));
        m.put("categories", List.of("TRAFFICKING_SUSPECTED"));
        m.put("summary", "Hỏi thông tin về việc làm ở nước ngoài.");
        m.put("urgency", urgency);
        m.put("actions", List.of("COUNSELLING"));
        return as("operator").body(m).post("/api/v1/hotline/tickets").then().statusCode(201).extract().path("id");
    }
}
