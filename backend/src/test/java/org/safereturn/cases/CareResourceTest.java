package org.safereturn.cases;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CareResourceTest {
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;


    static Map<String, Object> assessment(String level) {
        Map<String, Object> m = new HashMap<>();
        m.put("level", level);
        m.put("threatSources", List.of("RECRUITER", "DEBT_HOLDER"));
        m.put("atRisk", List.of("PERSON", "FAMILY"));
        m.put("threats", "The recruiter phoned her mother twice asking for the 'debt'");
        m.put("measures", List.of("SAFE_SHELTER", "IDENTITY_CONFIDENTIALITY"));
        m.put("assessedAt", OffsetDateTime.now().minusMinutes(10).toString());
        return m;
    }

    static Map<String, Object> visit(int score) {
        return new HashMap<>(Map.of("visitedAt", OffsetDateTime.now().minusHours(3).toString(), "visitedBy", "Đỗ Thị Mai",
                "situation", "Back at school, mother supportive", "reintegrationScore", score,
                "nextVisitDue", LocalDate.now().plusMonths(1).toString()));
    }

    @Test
    void riskAssessmentsAreRecordedEncryptedAndListedNewestFirst() {
        String id = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        as("worker").body(assessment("HIGH")).post("/api/v1/cases/" + id + "/risk-assessments").then().statusCode(201)
                .body("level", equalTo("HIGH")).body("measures", contains("SAFE_SHELTER", "IDENTITY_CONFIDENTIALITY"))
                .body("assessedByName", equalTo("Nguyễn Thị Lan"));
        Map<String, Object> later = assessment("MEDIUM");
        later.put("assessedAt", OffsetDateTime.now().minusMinutes(1).toString());
        as("supervisor").body(later).post("/api/v1/cases/" + id + "/risk-assessments").then().statusCode(201);
        as("worker").get("/api/v1/cases/" + id + "/risk-assessments").then().statusCode(200)
                .body("items[0].level", equalTo("MEDIUM")).body("items[1].threats", equalTo("The recruiter phoned her mother twice asking for the 'debt'"));
        // At rest the threats are ciphertext, never the words read back above.
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT threats_enc FROM risk_assessment WHERE case_id = ?")) {
            q.setObject(1, UUID.fromString(id));
            var rs = q.executeQuery();
            int rows = 0;
            while (rs.next()) {
                rows++;
                String stored = rs.getString(1);
                org.junit.jupiter.api.Assertions.assertTrue(stored.startsWith("v2:"), stored);
                org.junit.jupiter.api.Assertions.assertFalse(stored.contains("recruiter"), stored);
            }
            org.junit.jupiter.api.Assertions.assertEquals(2, rows);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        Map<String, Object> bad = assessment("EXTREME");
        problem(as("worker").body(bad).post("/api/v1/cases/" + id + "/risk-assessments").then(), 422, "validation.failed");
        Map<String, Object> empty = assessment("LOW");
        empty.put("atRisk", List.of());
        problem(as("worker").body(empty).post("/api/v1/cases/" + id + "/risk-assessments").then(), 422, "validation.failed")
                .body("errors.field", hasItem("atRisk"));
        problem(as("operator").get("/api/v1/cases/" + id + "/risk-assessments").then(), 403, "auth.forbidden");
        problem(as("worker").get("/api/v1/cases/" + UUID.randomUUID() + "/risk-assessments").then(), 404, "resource.not-found");
    }

    @Test
    void followUpVisitsComeAfterTheHandover() {
        String id = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        problem(as("worker").body(visit(3)).post("/api/v1/cases/" + id + "/follow-up-visits").then(), 409, "case.not-handed-over");
        as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then().statusCode(200);
        as("worker").body(Map.of("decisionDate", LocalDate.now().toString(), "reason", "Labour migrant, not exploited"))
                .post("/api/v1/cases/" + id + "/not-identified").then().statusCode(200);
        as("worker").body(Map.of("receiver", "FAMILY", "receiverName", "Bố mẹ", "handedOverAt", OffsetDateTime.now().minusDays(1).toString()))
                .post("/api/v1/cases/" + id + "/handover").then().statusCode(200);
        as("worker").body(visit(4)).post("/api/v1/cases/" + id + "/follow-up-visits").then().statusCode(201)
                .body("reintegrationScore", equalTo(4)).body("situation", equalTo("Back at school, mother supportive"));
        Map<String, Object> bad = visit(7);
        bad.put("nextVisitDue", LocalDate.now().minusYears(1).toString());
        problem(as("worker").body(bad).post("/api/v1/cases/" + id + "/follow-up-visits").then(), 422, "validation.failed")
                .body("errors.field", hasItem("reintegrationScore"));
        Map<String, Object> early = visit(3);
        early.put("nextVisitDue", LocalDate.now().minusYears(1).toString());
        problem(as("worker").body(early).post("/api/v1/cases/" + id + "/follow-up-visits").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("nextVisitDue"));
        as("supervisor").get("/api/v1/cases/" + id + "/follow-up-visits").then().statusCode(200).body("items.visitedBy", hasItem("Đỗ Thị Mai"));
        as("worker").get("/api/v1/cases/" + id).then().body("nextVisitDue", equalTo(LocalDate.now().plusMonths(1).toString()));
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + id + "/timeline").then().body("items.type", hasItem("FOLLOW_UP_VISIT"));
        problem(as("analyst").get("/api/v1/cases/" + id + "/follow-up-visits").then(), 403, "auth.forbidden");
    }

    @Test
    void casesWhoseNextVisitIsDueAreListed() {
        String id = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then().statusCode(200);
        as("worker").body(Map.of("decisionDate", LocalDate.now().toString(), "reason", "Labour migrant, not exploited"))
                .post("/api/v1/cases/" + id + "/not-identified").then().statusCode(200);
        as("worker").body(Map.of("receiver", "FAMILY", "receiverName", "Bố mẹ", "handedOverAt", OffsetDateTime.now().minusDays(40).toString()))
                .post("/api/v1/cases/" + id + "/handover").then().statusCode(200);
        Map<String, Object> old = visit(2);
        old.put("visitedAt", OffsetDateTime.now().minusDays(30).toString());
        old.put("nextVisitDue", LocalDate.now().minusDays(2).toString());
        as("worker").body(old).post("/api/v1/cases/" + id + "/follow-up-visits").then().statusCode(201);
        as("worker").queryParam("visitDue", true).queryParam("size", 200).queryParam("sort", "nextVisitDue,asc")
                .get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.nextVisitDue", equalTo(LocalDate.now().minusDays(2).toString()));
        // A visit recorded late, with an older date, does not move the due date back.
        Map<String, Object> late = visit(2);
        late.put("visitedAt", OffsetDateTime.now().minusDays(35).toString());
        late.put("nextVisitDue", LocalDate.now().minusDays(4).toString());
        as("worker").body(late).post("/api/v1/cases/" + id + "/follow-up-visits").then().statusCode(201);
        as("worker").get("/api/v1/cases/" + id).then().body("nextVisitDue", equalTo(LocalDate.now().minusDays(2).toString()));
        // The next visit, on time, sets the next due date in the future: no longer listed.
        as("worker").body(visit(4)).post("/api/v1/cases/" + id + "/follow-up-visits").then().statusCode(201);
        as("worker").queryParam("visitDue", true).queryParam("size", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }
}
