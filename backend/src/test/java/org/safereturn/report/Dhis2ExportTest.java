package org.safereturn.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** A report as DHIS2 dataValueSets and ADX, coded with the admin-kept mapping; both carry the same values. */
@QuarkusTest
class Dhis2ExportTest {
    @Test
    void dataValueSetsAndAdxCarryTheSameCodedValues() {
        YearMonth month = ReportResourceTest.ensureGenerated();
        String pe = month.toString().replace("-", "");
        List<Map<String, String>> values = as("worker").queryParam("period", month.toString())
                .get("/api/reports/cases-received/data-value-set").then().statusCode(200)
                .body("period", equalTo(pe)).body("dataSet", equalTo("SR_MONTHLY"))
                .body("dataValues.dataElement", everyItem(equalTo("SR_CASES_RECEIVED")))
                .body("dataValues.orgUnit", everyItem(equalTo("VN_QN")))
                .extract().path("dataValues");
        Map<String, String> json = new TreeMap<>();
        values.forEach(v -> json.put(v.get("categoryOptionCombo"), v.get("value")));
        assertEquals(Map.of("SEX_F", "7", "SEX_M", "2"), json);

        String adx = given().auth().oauth2(Tokens.user("worker")).accept("application/adx+xml").queryParam("period", month.toString())
                .get("/api/reports/cases-received/data-value-set").then().statusCode(200).contentType("application/adx+xml").extract().asString();
        assertTrue(adx.contains("<group orgUnit=\"VN_QN\" period=\"" + month.atDay(1) + "/P1M\" dataSet=\"SR_MONTHLY\">"), adx);
        Map<String, String> fromAdx = new TreeMap<>();
        Matcher m = Pattern.compile("<dataValue dataElement=\"SR_CASES_RECEIVED\" SEX=\"(\\w+)\" value=\"(\\d+)\"/>").matcher(adx);
        while (m.find()) {
            fromAdx.put(m.group(1), m.group(2));
        }
        assertEquals(Map.of("FEMALE", "7", "MALE", "2"), fromAdx);
    }

    @Test
    void analystsGetNoWithheldValue() {
        YearMonth month = ReportResourceTest.ensureGenerated();
        var answer = as("analyst").queryParam("period", month.toString()).get("/api/reports/cases-received/data-value-set").then().statusCode(200)
                .body("dataValues.categoryOptionCombo", not(hasItem("SEX_M"))).extract();
        assertTrue(Integer.parseInt(answer.header("SafeReturn-Withheld-Cells")) >= 1);
    }

    @Test
    void badRequestsAreProblems() {
        problem(as("worker").queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").get("/api/reports/cases-received/data-value-set").then(),
                422, "validation.failed");
        problem(as("analyst").queryParam("period", "2026").get("/api/reports/people-reached/data-value-set").then(), 409, "report.dhis2-unmapped");
        problem(as("analyst").queryParam("period", "2026").queryParam("orgUnitLevel", "hamlet").get("/api/reports/cases-received/data-value-set").then(),
                422, "validation.failed");
        problem(as("analyst").queryParam("period", "2026").get("/api/reports/astrology/data-value-set").then(), 404, "resource.not-found");
    }

    @Test
    void adminsKeepTheMappingWithIfMatch() {
        String tag = as("analyst").get("/api/v1/admin/dhis2-mappings/verification").then().statusCode(200)
                .body("dataElement", equalTo("SR_VERIFICATION")).extract().header("ETag");
        Map<String, Object> change = Map.of("dataElement", "SR_VERIFICATION", "dataSet", "SR_MONTHLY", "disaggregation", List.of("outcome"),
                "optionCombos", Map.of("ON_TIME", "VER_OK", "LATE", "VER_LATE", "PENDING", "VER_PENDING", "OVERDUE", "VER_OVERDUE"));
        problem(as("admin").body(change).put("/api/v1/admin/dhis2-mappings/verification").then(), 428, "precondition.required");
        problem(as("admin").header("If-Match", "\"99\"").body(change).put("/api/v1/admin/dhis2-mappings/verification").then(), 412, "precondition.stale");
        problem(as("analyst").header("If-Match", tag).body(change).put("/api/v1/admin/dhis2-mappings/verification").then(), 403, "auth.forbidden");
        problem(as("admin").header("If-Match", tag).body(Map.of("dataElement", "X", "disaggregation", List.of("zodiac"), "optionCombos", Map.of()))
                .put("/api/v1/admin/dhis2-mappings/verification").then(), 422, "validation.failed");
        problem(as("admin").header("If-Match", tag).body(Map.of("dataElement", "=HACK()", "disaggregation", List.of(), "optionCombos", Map.of()))
                .put("/api/v1/admin/dhis2-mappings/verification").then(), 422, "validation.failed");
        as("admin").header("If-Match", tag).body(change).put("/api/v1/admin/dhis2-mappings/verification").then().statusCode(200)
                .body("optionCombos.ON_TIME", equalTo("VER_OK"));
        // A report without a mapping gets one without If-Match (on a database this test ran against before, with it).
        var existing = as("admin").get("/api/v1/admin/dhis2-mappings/outreach").then().extract();
        var put = as("admin");
        if (existing.statusCode() == 200) {
            put = put.header("If-Match", existing.header("ETag"));
        } else {
            assertEquals(404, existing.statusCode());
        }
        put.body(Map.of("dataElement", "SR_OUTREACH", "disaggregation", List.of("targetGroup"), "optionCombos", Map.of()))
                .put("/api/v1/admin/dhis2-mappings/outreach").then().statusCode(200).body("dataElement", equalTo("SR_OUTREACH"));
        as("coordinator-caoxanh").queryParam("period", String.valueOf(java.time.LocalDate.now().getYear()))
                .get("/api/reports/outreach/data-value-set").then().statusCode(200).body("dataValues.dataElement", everyItem(equalTo("SR_OUTREACH")));
    }

    @Test
    void adminsSetTheOrgUnitOfAPlace() {
        YearMonth month = ReportResourceTest.ensureGenerated();
        as("admin").body(Map.of("code", "VN_QN_HONG_GAI")).put("/api/v1/admin/dhis2-org-units/06685").then().statusCode(200)
                .body("code", equalTo("VN_QN_HONG_GAI"));
        as("analyst").get("/api/v1/admin/dhis2-org-units").then().statusCode(200).body("items.placeCode", hasItem("06685"));
        as("worker").queryParam("period", month.toString()).queryParam("orgUnitLevel", "commune")
                .get("/api/reports/cases-received/data-value-set").then().statusCode(200)
                .body("dataValues.orgUnit", everyItem(equalTo("VN_QN_HONG_GAI")));
        problem(as("analyst").body(Map.of("code", "X")).put("/api/v1/admin/dhis2-org-units/06685").then(), 403, "auth.forbidden");
        problem(as("admin").body(Map.of("code", "=HACK()")).put("/api/v1/admin/dhis2-org-units/06685").then(), 422, "validation.failed");
        problem(as("admin").body(Map.of("code", "X")).put("/api/v1/admin/dhis2-org-units/99999").then(), 404, "resource.not-found");
    }

    @Test
    void aPlacesOrgUnitCodeIsChangedOverItsVersionSoTwoAdminsDoNotOverwriteEachOther() {
        String path = "/api/v1/admin/dhis2-org-units/06688";
        var admin = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>) () -> org.safereturn.testing.Api.withoutVersion("admin");
        // A first code sends no If-Match; a change does, and one from a version already replaced is 412.
        problem(admin.get().header("If-Match", "\"0\"").body(Map.of("code", "VN_FIRST")).put(path).then(), 412, "precondition.stale");
        admin.get().body(Map.of("code", "VN_FIRST")).put(path).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("version", equalTo(0));
        problem(admin.get().body(Map.of("code", "VN_SECOND")).put(path).then(), 428, "precondition.required");
        admin.get().header("If-Match", "\"0\"").body(Map.of("code", "VN_SECOND")).put(path).then().statusCode(200).header("ETag", equalTo("\"1\""));
        problem(admin.get().header("If-Match", "\"0\"").body(Map.of("code", "VN_THIRD")).put(path).then(), 412, "precondition.stale");
        as("admin").get("/api/v1/admin/dhis2-org-units").then().body("items.find { it.placeCode == '06688' }.code", equalTo("VN_SECOND"))
                .body("items.find { it.placeCode == '06688' }.version", equalTo(1));
    }
}
