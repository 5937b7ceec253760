package org.safereturn.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/**
 * The anonymised data set over victims received in a year of the 1990s no other test uses:
 * twelve alike (released as they are) and two who stand out (suppressed), each with a name, a
 * phone and an ID number the exports must never carry.
 */
@QuarkusTest
class CtdcDatasetTest {
    static final String POLICE = "00000000-0000-4000-a000-000000000003";
    static final int ALIKE = 12;
    static final int RARE = 2;
    static int year;
    static final List<String> IDENTIFYING = new ArrayList<>();

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void generate() throws java.sql.SQLException {
        ensureGenerated(db);
    }

    /** Once per run, in a year of the 1980s or 1990s when no case was received (so a second run on the same database counts its own). */
    static synchronized void ensureGenerated(AgroalDataSource db) throws java.sql.SQLException {
        if (year != 0) {
            return;
        }
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("""
                SELECT y FROM generate_series(1980, 1999) y WHERE NOT EXISTS (SELECT 1 FROM case_file
                 WHERE received_at >= make_date(y, 1, 1) AND received_at < make_date(y + 1, 1, 1)) ORDER BY random() LIMIT 1""")) {
            if (!rs.next()) {
                throw new IllegalStateException("every year from 1980 to 1999 has cases: reset the test database");
            }
            year = rs.getInt(1);
        }
        for (int i = 0; i < ALIKE + RARE; i++) {
            boolean rare = i >= ALIKE;
            String name = "Người Ẩn Danh " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
            String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
            String idNumber = String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
            IDENTIFYING.addAll(List.of(name, phone, idNumber));
            Map<String, Object> person = new HashMap<>(Map.of("fullName", name, "sex", rare ? "MALE" : "FEMALE", "estimatedAge", rare ? 40 : 19,
                    "nationality", "VN", "idDocumentType", "CITIZEN_ID", "idDocumentNumber", idNumber, "phone", phone, "languages", List.of("vi")));
            Map<String, Object> intake = Map.of("channel", "BORDER_GUARD_HANDOVER", "category", "PRESUMED_VICTIM", "person", person,
                    "placeFoundCode", "06685", "narrative", "Lời kể riêng " + name,
                    "receivedAt", java.time.LocalDate.of(year, 1 + i % 12, 7).atTime(9, 30).atOffset(ZoneOffset.ofHours(7)).toString());
            String id = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract().path("id");
            as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then().statusCode(200);
            as("worker").body(Map.of("decidingOrganizationId", POLICE, "decisionDate", java.time.LocalDate.of(year, 12, 20).toString(), "result", "VICTIM",
                    "forms", List.of(rare ? "FORCED_LABOUR" : "SEXUAL"), "countryOfExploitation", rare ? "MY" : "CN",
                    "meansOfControl", List.of("DEBT_BONDAGE"), "recruiterRelation", "FRIEND",
                    "sexualExploitationTypes", rare ? List.of() : List.of("PROSTITUTION"))).post("/api/v1/cases/" + id + "/identify")
                    .then().statusCode(200);
        }
    }

    @Test
    void theReleaseIsElevenAnonymousAndSaysWhatItChanged() {
        var answer = as("analyst").queryParam("period", String.valueOf(year)).get("/api/reports/datasets/ctdc").then().statusCode(200)
                .body("k", equalTo(11)).body("sourceRows", equalTo(ALIKE + RARE)).body("releasedRows", equalTo(ALIKE))
                .body("changes.rowsSuppressed", equalTo(RARE)).body("columns", equalTo(CtdcDataset.COLUMNS))
                .body("rows.gender", everyItem(equalTo("Female"))).body("rows.ageBroad", everyItem(equalTo("18--20")))
                .body("rows.countryOfExploitation", everyItem(equalTo("CN"))).body("rows.isSexualExploit", everyItem(equalTo(true)))
                .body("rows.meansDebtBondage", everyItem(equalTo(true))).body("rows.typeOfSexProstitution", everyItem(equalTo(true)))
                .body("rows.typeOfLabourNotSpecified", everyItem(equalTo(false))).body("rows.recruiterRelation", everyItem(equalTo("Friend")))
                .body("rows.yearOfRegistration", everyItem(equalTo(String.valueOf(year))))
                .extract();
        List<Map<String, Object>> rows = answer.path("rows");
        Map<List<Object>, Integer> classes = new HashMap<>();
        rows.forEach(r -> {
            assertEquals(CtdcDataset.COLUMNS, new ArrayList<>(r.keySet()), "only the released columns");
            classes.merge(new ArrayList<>(r.values()), 1, Integer::sum);
        });
        classes.values().forEach(n -> assertTrue(n >= 11, "every combination of all columns has 11 rows or more"));
    }

    @Test
    void combinationsAreRoundedDownToTensAndSmallOnesDropped() {
        as("analyst").queryParam("period", String.valueOf(year)).queryParam("length", 2).get("/api/reports/datasets/ctdc/combinations").then()
                .statusCode(200).body("resolution", equalTo(10))
                .body("items.count", everyItem(greaterThanOrEqualTo(10)))
                .body("items.find { it.attributes.gender == 'Female' && it.attributes.citizenship == 'VN' }.count", equalTo(10))
                .body("items.find { it.attributes.gender == 'Male' }", equalTo(null));
        var all = as("analyst").queryParam("period", String.valueOf(year)).get("/api/reports/datasets/ctdc/combinations").then().statusCode(200)
                .body("length", equalTo(3)).extract();
        for (Number n : all.<List<Number>>path("items.count")) {
            assertEquals(0, n.longValue() % 10, "a multiple of 10");
        }
        problem(as("analyst").queryParam("period", String.valueOf(year)).queryParam("length", 4).get("/api/reports/datasets/ctdc/combinations").then(),
                422, "validation.failed");
    }

    @Test
    void noExportCarriesAnIdentifyingField() throws Exception {
        String period = String.valueOf(year);
        List<String> exports = new ArrayList<>();
        exports.add(as("analyst").queryParam("period", period).get("/api/reports/datasets/ctdc").then().statusCode(200).extract().asString());
        exports.add(csv("/api/reports/datasets/ctdc", Map.of("period", period)));
        exports.add(xlsx("/api/reports/datasets/ctdc", Map.of("period", period)));
        exports.add(as("analyst").queryParam("period", period).queryParam("length", 3).get("/api/reports/datasets/ctdc/combinations").then().statusCode(200)
                .extract().asString());
        for (String report : ReportCatalog.ALL.keySet()) {
            List<String> dims = new ArrayList<>(ReportCatalog.require(report).dimensions().keySet());
            String groupBy = String.join(",", dims.subList(0, Math.min(3, dims.size())));
            exports.add(as("analyst").queryParam("period", period).queryParam("groupBy", groupBy).get("/api/reports/" + report).then().statusCode(200)
                    .extract().asString());
            exports.add(csv("/api/reports/" + report, Map.of("period", period, "groupBy", groupBy)));
            exports.add(xlsx("/api/reports/" + report, Map.of("period", period, "groupBy", groupBy)));
        }
        // The days the intakes were received (the 7th) and decided (20 December): never in an export.
        Pattern exactDate = Pattern.compile(year + "-\\d{2}-07|" + year + "-12-20|" + year + "-\\d{2}-\\d{2}T");
        for (String export : exports) {
            for (String value : IDENTIFYING) {
                assertFalse(export.contains(value), "an export carries " + value);
            }
            assertFalse(export.contains("Lời kể riêng"), "free text");
            assertFalse(exactDate.matcher(export).find(), "an exact day of a record: " + export.substring(0, Math.min(300, export.length())));
        }
        String dataset = exports.get(0) + exports.get(1) + exports.get(2);
        assertFalse(dataset.contains("06685"), "no place below the province in the data set");
    }

    @Test
    void onlyAnalystsReceiveTheDataSet() {
        for (String user : List.of("supervisor", "worker", "partner", "coordinator", "admin")) {
            as(user).queryParam("period", String.valueOf(year)).get("/api/reports/datasets/ctdc").then().statusCode(403);
            as(user).queryParam("period", String.valueOf(year)).get("/api/reports/datasets/ctdc/combinations").then().statusCode(403);
        }
        anonymous().get("/api/reports/datasets/ctdc").then().statusCode(401);
        problem(as("analyst").queryParam("period", "1990-13").get("/api/reports/datasets/ctdc").then(), 422, "validation.failed");
        problem(as("analyst").queryParam("from", "1990-01-01").queryParam("to", "2009-01-01").get("/api/reports/datasets/ctdc").then(), 422,
                "validation.failed");
    }

    private static String csv(String path, Map<String, ?> query) {
        return new String(given().auth().oauth2(Tokens.user("analyst")).queryParams(query).queryParam("format", "csv").get(path).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
    }

    private static String xlsx(String path, Map<String, ?> query) throws Exception {
        byte[] bytes = given().auth().oauth2(Tokens.user("analyst")).queryParams(query).queryParam("format", "xlsx").get(path).then().statusCode(200)
                .extract().asByteArray();
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (var sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(c -> text.append(c == null ? "" : c.getRawValue()).append('\t'));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
