package org.safereturn.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/**
 * Plans with targets against actuals counted from the records: the intakes ReportResourceTest
 * generates in a month of a past year (nine received in Quảng Ninh, two of them verified late and
 * identified as victims with a support, the rest overdue), each role's reach, and bad input.
 */
@QuarkusTest
class PlanResourceTest {
    static final String SWC_PLAN = "00000000-0000-4000-e100-000000000001";
    static final String WOMENS_UNION_PLAN = "00000000-0000-4000-e100-000000000002";
    static final int RECEIVED = ReportResourceTest.GENERATED.size();

    @Inject
    AgroalDataSource db;

    YearMonth month;
    String planId;

    @BeforeEach
    void plan() {
        month = ReportResourceTest.ensureGenerated();
        var created = as("supervisor").body(Map.of("title", "Kế hoạch thử " + UUID.randomUUID(), "placeCode", "22", "year", month.getYear(),
                "reference", "01/KH-THU")).post("/api/v1/plans").then().statusCode(201)
                .header("ETag", "\"0\"").body("actions", hasItem("ADD_TARGET")).extract();
        planId = created.path("id");
        addTarget("VERIFIED_WITHIN_3_DAYS", month.toString(), 100);
        addTarget("IDENTIFIED_VICTIMS_SUPPORTED", month.toString(), 100);
        addTarget("CASES_RECEIVED", quarter(), 20);
        addTarget("RESIDENTS_REACHED", String.valueOf(month.getYear()), 50);
    }

    String quarter() {
        return month.getYear() + "Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    String addTarget(String indicator, String period, int target) {
        return as("supervisor").body(Map.of("indicatorCode", indicator, "period", period, "target", target))
                .post("/api/v1/plans/" + planId + "/targets").then().statusCode(201).extract().path("id");
    }

    @Test
    void actualsAreCountedFromTheRecordsWithTheirNumeratorAndDenominator() {
        var answer = as("supervisor").get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                .body("scope", equalTo("ORGANIZATION")).body("threshold", nullValue()).extract();
        Map<String, Map<String, Object>> byIndicator = byIndicator(answer.path("items"));
        // None ended verification by its deadline: two late, the rest overdue.
        Map<String, Object> verified = byIndicator.get("VERIFIED_WITHIN_3_DAYS");
        assertEquals(0, ((Number) verified.get("numerator")).intValue());
        assertEquals(RECEIVED, ((Number) verified.get("denominator")).intValue());
        assertEquals(0, new BigDecimal(verified.get("actual").toString()).signum());
        assertEquals("MEASURED", verified.get("status"));
        // Both identified victims got their medical care: 100 % of the target.
        Map<String, Object> supported = byIndicator.get("IDENTIFIED_VICTIMS_SUPPORTED");
        assertEquals(2, ((Number) supported.get("numerator")).intValue());
        assertEquals(2, ((Number) supported.get("denominator")).intValue());
        assertEquals(0, new BigDecimal("100").compareTo(new BigDecimal(supported.get("achievement").toString())));
        // A count: nine of twenty, and its trend runs from the quarter's start.
        Map<String, Object> received = byIndicator.get("CASES_RECEIVED");
        assertEquals(RECEIVED, ((Number) received.get("numerator")).intValue());
        assertEquals(0, new BigDecimal("45").compareTo(new BigDecimal(received.get("achievement").toString())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> trend = (List<Map<String, Object>>) received.get("trend");
        assertEquals(3, trend.size());
        Map<String, Object> last = trend.get(2);
        assertEquals(RECEIVED, ((Number) last.get("value")).intValue(), "the running total by the quarter's end");
        // No residents were recorded by then: no denominator, never a division error.
        Map<String, Object> reached = byIndicator.get("RESIDENTS_REACHED");
        assertEquals("NO_DENOMINATOR", reached.get("status"));
        assertEquals(null, reached.get("actual"));
    }

    @Test
    void analystsGetSmallNumbersWithheld() {
        var answer = as("analyst").get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                .body("scope", equalTo("ALL")).body("threshold", equalTo(5)).extract();
        Map<String, Map<String, Object>> byIndicator = byIndicator(answer.path("items"));
        Map<String, Object> supported = byIndicator.get("IDENTIFIED_VICTIMS_SUPPORTED");
        assertEquals("SUPPRESSED", supported.get("status"), "two victims are below the threshold");
        assertEquals(null, supported.get("numerator"));
        assertEquals(null, supported.get("actual"));
        assertEquals(null, supported.get("denominator"), "the denominator would give the numerator away");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> trend = (List<Map<String, Object>>) supported.get("trend");
        assertTrue(trend.stream().allMatch(p -> p.get("numerator") == null && p.get("value") == null), "and so is its month");
        // Nine received, none on time: both parts are 0 or at least 5, so published (other organizations' records count too).
        Map<String, Object> verified = byIndicator.get("VERIFIED_WITHIN_3_DAYS");
        assertTrue(((Number) verified.get("denominator")).intValue() >= RECEIVED);
    }

    @Test
    void csvAndXlsxCarryTheSameNumbersAsJson() throws Exception {
        var json = as("supervisor").get("/api/v1/plans/" + planId + "/progress").then().statusCode(200).extract();
        List<List<String>> expected = new ArrayList<>();
        for (Map<String, Object> item : json.<List<Map<String, Object>>>path("items")) {
            expected.add(List.of((String) item.get("indicatorCode"), number(item.get("target")), number(item.get("actual")),
                    number(item.get("numerator")), number(item.get("denominator"))));
        }
        String csv = new String(given().auth().oauth2(Tokens.user("supervisor")).queryParam("format", "csv")
                .get("/api/v1/plans/" + planId + "/progress").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<List<String>> fromCsv = new ArrayList<>();
        String[] lines = csv.replace("\ufeff", "").split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            List<String> f = csvFields(lines[i]);
            fromCsv.add(List.of(f.get(0), number(f.get(6)), number(f.get(7)), number(f.get(9)), number(f.get(10))));
        }
        assertEquals(expected, fromCsv);
        byte[] xlsx = given().auth().oauth2(Tokens.user("supervisor")).accept(ReportExports.XLSX)
                .get("/api/v1/plans/" + planId + "/progress").then().statusCode(200).contentType(ReportExports.XLSX).extract().asByteArray();
        List<List<String>> fromXlsx = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            for (Row row : rows.subList(1, rows.size())) {
                fromXlsx.add(List.of(row.getCell(0).getText(), cell(row, 6), cell(row, 7), cell(row, 9), cell(row, 10)));
            }
        }
        assertEquals(expected, fromXlsx);
    }

    @Test
    void eachRoleReachesItsOwnOrganizationsPlans() {
        as("worker").get("/api/v1/plans/" + planId).then().statusCode(200).body("actions", equalTo(List.of("VIEW_PROGRESS")))
                .body("targets.size()", equalTo(4)).body("targets[0].actions", empty());
        problem(as("worker").body(Map.of("title", "x", "placeCode", "22", "year", 2026)).post("/api/v1/plans").then(), 403, "auth.forbidden");
        problem(as("worker").body(Map.of("indicatorCode", "CASES_RECEIVED", "target", 1)).post("/api/v1/plans/" + planId + "/targets").then(),
                403, "auth.forbidden");
        problem(as("supervisor").get("/api/v1/plans/" + WOMENS_UNION_PLAN).then(), 404, "resource.not-found");
        problem(as("supervisor").get("/api/v1/plans/" + WOMENS_UNION_PLAN + "/progress").then(), 404, "resource.not-found");
        as("analyst").get("/api/v1/plans/" + WOMENS_UNION_PLAN).then().statusCode(200).body("actions", equalTo(List.of("VIEW_PROGRESS")));
        int thisYear = org.safereturn.common.time.VietnamTime.today(java.time.Clock.systemUTC()).getYear();
        as("analyst").queryParam("year", thisYear).get("/api/v1/plans").then().statusCode(200)
                .body("items.id", hasItem(WOMENS_UNION_PLAN)).body("items.id", hasItem(SWC_PLAN));
        as("supervisor").queryParam("year", thisYear).get("/api/v1/plans").then().statusCode(200)
                .body("items.id", hasItem(SWC_PLAN)).body("items.id", org.hamcrest.Matchers.not(hasItem(WOMENS_UNION_PLAN)));
        as("partner").get("/api/v1/plans").then().statusCode(403);
        as("coordinator").get("/api/v1/plans/" + planId + "/progress").then().statusCode(403);
        anonymous().get("/api/v1/plans").then().statusCode(401);
        // The demo plan of the Social Work Centre, of this year, sets 100 % verification within 3 days.
        as("supervisor").get("/api/v1/plans/" + SWC_PLAN + "/progress").then().statusCode(200)
                .body("items.find { it.indicatorCode == 'VERIFIED_WITHIN_3_DAYS' && it.period.label == '" + thisYear + "' }.target", equalTo(100.0f));
    }

    @Test
    void badTargetsAndStaleChangesAreRefusedAndChangeNothing() throws Exception {
        String base = "/api/v1/plans/" + planId + "/targets";
        problem(as("supervisor").body(Map.of("indicatorCode", "NO_SUCH", "target", 1)).post(base).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("indicatorCode"));
        problem(as("supervisor").body(Map.of("indicatorCode", "CASES_RECEIVED", "period", (month.getYear() + 1) + "Q1", "target", 1)).post(base).then(),
                422, "validation.failed").body("errors[0].field", equalTo("period"));
        problem(as("supervisor").body(Map.of("indicatorCode", "CASES_RECEIVED", "period", "soon", "target", 1)).post(base).then(), 422, "validation.failed");
        problem(as("supervisor").body(Map.of("indicatorCode", "CASES_RECEIVED", "placeCode", "48", "target", 1)).post(base).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("placeCode"));
        problem(as("supervisor").body(Map.of("indicatorCode", "CASES_RECEIVED", "target", -1)).post(base).then(), 422, "validation.failed");
        problem(as("supervisor").body(Map.of("indicatorCode", "CASES_RECEIVED", "period", quarter(), "target", 5)).post(base).then(), 409, "plan.target-exists");
        // A commune of the plan's province is fine.
        as("supervisor").body(Map.of("indicatorCode", "CASES_RECEIVED", "placeCode", "06685", "period", quarter(), "target", 5)).post(base).then()
                .statusCode(201).body("placeName", notNullValue());
        var plan = as("supervisor").get("/api/v1/plans/" + planId).then().statusCode(200).body("targets.size()", equalTo(5)).extract();
        String etag = plan.header("ETag");
        var target = plan.<Map<String, Object>>path("targets.find { it.indicatorCode == 'VERIFIED_WITHIN_3_DAYS' }");
        String targetUrl = base + "/" + target.get("id");
        problem(as("supervisor").body(Map.of("indicatorCode", "VERIFIED_WITHIN_3_DAYS", "period", month.toString(), "target", 90)).put(targetUrl).then(),
                428, "precondition.required");
        problem(as("supervisor").header("If-Match", "\"99\"").body(Map.of("indicatorCode", "VERIFIED_WITHIN_3_DAYS", "period", month.toString(), "target", 90))
                .put(targetUrl).then(), 412, "precondition.stale");
        as("supervisor").header("If-Match", "\"" + target.get("version") + "\"")
                .body(Map.of("indicatorCode", "VERIFIED_WITHIN_3_DAYS", "period", month.toString(), "target", 90)).put(targetUrl).then().statusCode(200)
                .body("target", equalTo(90));
        // The plan's ETag moved with its target: the copy read before is stale.
        problem(as("supervisor").header("If-Match", etag).body(Map.of("title", "x", "placeCode", "22", "year", month.getYear())).put("/api/v1/plans/" + planId).then(),
                412, "precondition.stale");
        problem(as("supervisor").body(Map.of("title", "x", "placeCode", "22", "year", month.getYear())).put("/api/v1/plans/" + planId).then(),
                428, "precondition.required");
        String now = as("supervisor").get("/api/v1/plans/" + planId).then().extract().header("ETag");
        problem(as("supervisor").header("If-Match", now).body(Map.of("title", "x", "placeCode", "22", "year", month.getYear() + 1)).put("/api/v1/plans/" + planId).then(),
                409, "plan.targets-outside-year");
        problem(as("supervisor").header("If-Match", now).body(Map.of("title", "x", "placeCode", "99999", "year", month.getYear())).put("/api/v1/plans/" + planId).then(),
                422, "validation.failed");
        as("supervisor").get("/api/v1/plans/" + planId).then().header("ETag", now).body("title", org.hamcrest.Matchers.startsWith("Kế hoạch thử"));
        try (var c = db.getConnection(); var s = c.prepareStatement("SELECT count(*) FROM audit_event WHERE record_id = ? AND action LIKE 'PLAN_%'")) {
            s.setString(1, planId);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertTrue(rs.getLong(1) >= 6, "plan changes are audited");
            }
        }
        // Deleting takes the plan's ETag and removes its targets.
        problem(as("supervisor").delete("/api/v1/plans/" + planId).then(), 428, "precondition.required");
        as("supervisor").header("If-Match", now).delete("/api/v1/plans/" + planId).then().statusCode(204);
        problem(as("supervisor").get("/api/v1/plans/" + planId).then(), 404, "resource.not-found");
    }

    @Test
    void indicatorsAreDataThatAdminsDefineAgainstTheReportCatalog() {
        as("worker").get("/api/v1/indicators").then().statusCode(200).body("items.code", hasItem("VERIFIED_WITHIN_3_DAYS")).body("actions", empty());
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        Map<String, Object> good = new HashMap<>(Map.of("code", code, "nameVi", "Chỉ số thử", "nameEn", "Test indicator", "unit", "PERCENT",
                "direction", "HIGHER_IS_BETTER", "numerator", Map.of("report", "hotline-contacts", "where", Map.of("urgency", List.of("EMERGENCY"))),
                "denominator", Map.of("report", "hotline-contacts")));
        problem(as("supervisor").body(good).post("/api/v1/indicators").then(), 403, "auth.forbidden");
        for (Object[] bad : new Object[][] {
                {"numerator", Map.of("report", "no-such-report"), "numerator.report"},
                {"numerator", Map.of("report", "hotline-contacts", "where", Map.of("colour", List.of("RED"))), "numerator.where.colour"},
                {"numerator", Map.of("report", "hotline-contacts", "where", Map.of("urgency", List.of("SOMETIMES"))), "numerator.where.urgency"},
                {"numerator", Map.of("report", "hotline-contacts", "where", Map.of("month", List.of("2026-01"))), "numerator.where.month"},
                {"denominator", null, "denominator"}}) {
            Map<String, Object> body = new HashMap<>(good);
            body.put((String) bad[0], bad[1]);
            problem(as("admin").body(body).post("/api/v1/indicators").then(), 422, "validation.failed").body("errors[0].field", equalTo(bad[2]));
        }
        as("admin").body(good).post("/api/v1/indicators").then().statusCode(201).header("ETag", "\"0\"").body("actions", hasItem("UPDATE"));
        problem(as("admin").body(good).post("/api/v1/indicators").then(), 409, "indicator.exists");
        problem(as("admin").body(good).put("/api/v1/indicators/" + code).then(), 428, "precondition.required");
        Map<String, Object> renamed = new HashMap<>(good);
        renamed.put("nameEn", "Emergency contacts");
        as("admin").header("If-Match", "\"0\"").body(renamed).put("/api/v1/indicators/" + code).then().statusCode(200).header("ETag", "\"1\"");
        problem(as("admin").header("If-Match", "\"0\"").body(renamed).put("/api/v1/indicators/" + code).then(), 412, "precondition.stale");
        as("analyst").get("/api/v1/indicators/" + code).then().statusCode(200).body("nameEn", equalTo("Emergency contacts"))
                .body("numerator.where.urgency", equalTo(List.of("EMERGENCY")));
        problem(as("analyst").get("/api/v1/indicators/NOPE").then(), 404, "resource.not-found");
    }

    private static Map<String, Map<String, Object>> byIndicator(List<Map<String, Object>> items) {
        Map<String, Map<String, Object>> map = new HashMap<>();
        items.forEach(i -> map.put((String) i.get("indicatorCode"), i));
        return map;
    }

    /** The fields of one CSV line, quotes undone. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    private static String number(Object v) {
        if (v == null || v.toString().isEmpty()) {
            return "";
        }
        return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
    }

    private static String cell(Row row, int i) {
        var c = row.getCell(i);
        if (c == null || c.getType() == CellType.EMPTY) {
            return "";
        }
        return c.getType() == CellType.NUMBER ? number(c.asNumber()) : c.getText();
    }
}
