package org.safereturn.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** Background exports: queued at once, run by the worker, fetched by a short-lived link, kept encrypted. */
@QuarkusTest
class ExportJobTest {
    @Inject
    AgroalDataSource db;

    YearMonth month;

    @BeforeEach
    void generate() {
        month = ReportResourceTest.ensureGenerated();
    }

    /** Queues an export as the user and waits for it to end; answers its last status. */
    static JsonPath exportAndWait(String user, Map<String, Object> request) throws InterruptedException {
        String location = as(user).body(request).post("/api/reports/exports").then().statusCode(202)
                .body("status", equalTo("QUEUED")).extract().header("Location");
        for (int i = 0; i < 200; i++) {
            JsonPath status = as(user).get(location).then().statusCode(200).extract().jsonPath();
            String s = status.getString("status");
            if (!s.equals("QUEUED") && !s.equals("RUNNING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the export did not end");
    }

    @Test
    void aQueuedExportHasTheSameNumbersAsTheReportAndIsFetchedByItsLinkAlone() throws Exception {
        JsonPath done = exportAndWait("analyst", Map.of("report", "cases-received", "period", month.toString(), "groupBy", "sex,channel", "format", "csv"));
        assertEquals("READY", done.getString("status"));
        assertEquals(100, done.getInt("progress"));
        String link = done.getString("downloadUrl");
        byte[] file = given().get(link).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Cache-Control", "no-store").extract().asByteArray();
        byte[] direct = given().auth().oauth2(Tokens.user("analyst")).queryParam("period", month.toString()).queryParam("groupBy", "sex,channel")
                .queryParam("format", "csv").get("/api/reports/cases-received").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(direct, file, "the same file as the report asked for directly");
        // Kept encrypted at rest.
        String id = done.getString("id");
        try (var c = db.getConnection(); var s = c.prepareStatement("SELECT file_enc, token_enc FROM report_export WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (var rs = s.executeQuery()) {
                rs.next();
                String stored = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
                assertFalse(stored.contains("FEMALE"), "no plaintext file in the database");
                assertFalse(rs.getString(2).contains(link.substring(link.indexOf("token=") + 6)), "no plaintext token");
            }
        }
        // Someone else neither sees it nor fetches it with a made-up token.
        problem(as("supervisor").get("/api/reports/exports/" + id).then(), 404, "resource.not-found");
        problem(given().queryParam("key", "guess").get("/api/reports/exports/" + id + "/file").then(), 404, "resource.not-found");
        problem(given().get("/api/reports/exports/" + id + "/file").then(), 404, "resource.not-found");
    }

    @Test
    void anExpiredLinkIsGoneAndItsFileDropped() throws Exception {
        JsonPath done = exportAndWait("supervisor", Map.of("report", "verification", "period", month.toString(), "groupBy", "outcome", "format", "xlsx"));
        assertEquals("READY", done.getString("status"));
        String link = done.getString("downloadUrl");
        byte[] xlsx = given().get(link).then().statusCode(200).extract().asByteArray();
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1));
        try (var c = db.getConnection(); var s = c.prepareStatement("UPDATE report_export SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            s.setObject(1, UUID.fromString(done.getString("id")));
            s.executeUpdate();
        }
        problem(given().get(link).then(), 410, "export.expired");
        // The worker drops the file soon after.
        for (int i = 0; i < 100 && !"EXPIRED".equals(as("supervisor").get("/api/reports/exports/" + done.getString("id")).then().extract().path("status")); i++) {
            Thread.sleep(100);
        }
        as("supervisor").get("/api/reports/exports/" + done.getString("id")).then().statusCode(200)
                .body("status", equalTo("EXPIRED")).body("downloadUrl", nullValue());
        try (var c = db.getConnection(); var s = c.prepareStatement("SELECT file_enc FROM report_export WHERE id = ?")) {
            s.setObject(1, UUID.fromString(done.getString("id")));
            try (var rs = s.executeQuery()) {
                rs.next();
                assertNull(rs.getBytes(1), "the file is gone");
            }
        }
        problem(given().get(link).then(), 410, "export.expired");
    }

    @Test
    void theDataSetExportsForAnalystsOnly() throws Exception {
        JsonPath done = exportAndWait("analyst", Map.of("report", "ctdc", "period", String.valueOf(month.getYear()), "format", "csv"));
        assertEquals("READY", done.getString("status"));
        String csv = new String(given().get(done.getString("downloadUrl")).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.replace("\ufeff", "").startsWith("yearOfRegistration,dataSource,gender"), csv);
        problem(as("supervisor").body(Map.of("report", "ctdc", "period", "2026", "format", "csv")).post("/api/reports/exports").then(), 403, "auth.forbidden");
    }

    @Test
    void badRequestsAreRefusedAtOnceAndQueueNothing() throws Exception {
        long before = count();
        Map<String, Object> good = Map.of("report", "cases-received", "period", month.toString(), "format", "csv");
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("period", "2026-13", "format", "pdf", "groupBy", "sex,channel,category,status",
                "place", "99999").entrySet()) {
            Map<String, Object> body = new HashMap<>(good);
            body.put(bad.getKey(), bad.getValue());
            problem(as("analyst").body(body).post("/api/reports/exports").then(), 422, "validation.failed");
        }
        Map<String, Object> unknown = new HashMap<>(good);
        unknown.put("report", "nothing-here");
        problem(as("analyst").body(unknown).post("/api/reports/exports").then(), 404, "resource.not-found");
        Map<String, Object> dataSetWithGroups = Map.of("report", "ctdc", "period", "2026", "groupBy", "sex", "format", "csv");
        problem(as("analyst").body(dataSetWithGroups).post("/api/reports/exports").then(), 422, "validation.failed");
        problem(as("worker").body(Map.of("report", "cases-received", "period", "2026", "organizationId", ReportResourceTest.POLICE, "format", "csv"))
                .post("/api/reports/exports").then(), 403, "report.out-of-scope");
        as("partner").body(good).post("/api/reports/exports").then().statusCode(403);
        assertEquals(before, count(), "nothing was queued");
        as("analyst").get("/api/reports/exports/" + UUID.randomUUID()).then().statusCode(404).body("code", notNullValue());
    }

    private long count() throws Exception {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM report_export")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
