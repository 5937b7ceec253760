package org.safereturn.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class CaseResourceTest {
    static final String BORDER_GUARD = "00000000-0000-4000-a000-000000000004";
    static final String POLICE = "00000000-0000-4000-a000-000000000003";

    @Inject
    AgroalDataSource db;
    @Inject
    CaseService service;

    static Map<String, Object> person(String name, String idNumber) {
        Map<String, Object> p = new HashMap<>();
        p.put("fullName", name);
        p.put("sex", "FEMALE");
        p.put("birthDate", "2007-03-14");
        p.put("nationality", "VN");
        p.put("idDocumentType", idNumber == null ? "NONE" : "CITIZEN_ID");
        p.put("idDocumentNumber", idNumber);
        p.put("homePlaceCode", "06685");
        p.put("phone", "0912 345 678");
        p.put("languages", List.of("vi"));
        return p;
    }

    static Map<String, Object> intake(Map<String, Object> person) {
        Map<String, Object> r = new HashMap<>();
        r.put("channel", "BORDER_GUARD_HANDOVER");
        r.put("handingOverOrganizationId", BORDER_GUARD);
        r.put("handoverDocumentNumber", "BB-17/2026");
        r.put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString());
        r.put("placeFoundCode", "22");
        r.put("person", person);
        r.put("category", "PRESUMED_VICTIM");
        r.put("narrative", "Lured across the border with a promise of factory work; escaped after two months.");
        return r;
    }

    static String open(String name, String idNumber) {
        return as("worker").body(intake(person(name, idNumber))).post("/api/v1/intakes").then().statusCode(201)
                .extract().path("id");
    }

    static String uniqueName() {
        return "Nguyễn Thị Thử " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theCasesStillAwaitingVerificationComeNearestDeadlineFirst() {
        String first = open(uniqueName(), null);
        as("worker").body(Map.of()).post("/api/v1/cases/" + first + "/verify").then().statusCode(200);
        List<Map<String, Object>> items = as("worker").body(Map.of("view", "mine", "awaitingVerification", true, "sort", "verificationDueAt,asc", "size", 200))
                .post("/api/v1/cases/search").then().statusCode(200).extract().path("items");
        org.junit.jupiter.api.Assertions.assertFalse(items.isEmpty());
        items.forEach(c -> org.junit.jupiter.api.Assertions.assertTrue(List.of("OPEN", "UNDER_VERIFICATION").contains(c.get("status")), c.toString()));
        List<String> due = items.stream().map(c -> (String) c.get("verificationDueAt")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(due.stream().sorted(java.util.Comparator.comparing(java.time.OffsetDateTime::parse)).toList(), due);
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(c -> first.equals(c.get("id"))), "the case under verification is listed");
    }

    @Test
    void aWorkerReceivesAPersonAndTheCaseCarriesNumberDeadlineAndTimeline() {
        String name = uniqueName();
        Map<String, Object> request = intake(person(name, null));
        request.put("accompanyingChildren", List.of(Map.of("fullName", "Bé " + name, "sex", "MALE", "estimatedAge", 3)));
        var created = as("worker").body(request).post("/api/v1/intakes").then().statusCode(201)
                .header("Location", containsString("/api/v1/cases/"))
                .header("ETag", equalTo("\"0\""))
                .body("caseNumber", matchesPattern("QN-\\d{4}-\\d{6}"))
                .body("status", equalTo("OPEN"))
                .body("organizationId", equalTo("00000000-0000-4000-a000-000000000001"))
                .body("person.fullName", equalTo(name))
                .body("accompanyingChildren[0].estimatedAge", equalTo(3))
                .body("verificationDueAt", notNullValue())
                .body("verificationOverdue", equalTo(false))
                .body("assignedTo.name", equalTo("Nguyễn Thị Lan"))
                .body("narrative", containsString("factory"))
                .extract();
        String id = created.path("id");
        as("worker").get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("items[0].type", equalTo("INTAKE_RECEIVED")).body("items[0].actorName", equalTo("Nguyễn Thị Lan"))
                .body("items[0].params.category", equalTo("PRESUMED_VICTIM")).body("items[0].params.channel", notNullValue());
    }

    @Test
    void sensitiveFieldsAreEncryptedAtRestAndStillSearchable() throws Exception {
        String name = uniqueName();
        String id = open(name, "022307009999");
        try (var connection = db.getConnection(); var statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT p.*, c.narrative_enc FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.id = '" + id + "'");
            assertTrue(rs.next());
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            String raw = row.toString();
            for (String plaintext : new String[] {name, "Thử", "022307009999", "2007-03-14", "0912 345 678", "factory"}) {
                assertFalse(raw.contains(plaintext), "plaintext in the raw row: " + plaintext);
            }
        }
        String folded = name.toLowerCase().replace("ễ", "e").replace("ị", "i").replace("ử", "u");
        as("worker").body(Map.of("q", folded)).post("/api/v1/cases/search").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items[0].personName", equalTo(name));
        as("worker").body(Map.of("q", "022 307 009 999", "view", "organization")).post("/api/v1/cases/search").then().statusCode(200)
                .body("items.id", hasItem(id));
        // Never in a URL: a name or an ID number as a query parameter is refused, and found nothing.
        problem(as("worker").queryParam("q", folded).get("/api/v1/cases").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("q"));
        problem(as("worker").queryParam("q", "022307009999").get("/api/v1/cases").then(), 422, "validation.failed");
    }

    @Test
    void aPossibleDuplicateIsShownNeverMerged() {
        String name = uniqueName();
        String idNumber = "0223" + (System.nanoTime() % 100000000L);
        String first = open(name, idNumber);
        var second = as("worker").body(intake(person(name, idNumber))).post("/api/v1/intakes").then().statusCode(201)
                .body("possibleDuplicates.caseId", hasItem(first))
                .body("possibleDuplicates[0].reason", equalTo("SAME_ID_NUMBER"))
                .extract();
        assertFalse(second.path("id").equals(first));
        String third = as("worker").body(intake(person(name, null))).post("/api/v1/intakes").then().statusCode(201)
                .body("possibleDuplicates.reason", hasItem("SAME_NAME_BIRTH_YEAR_HOME")).extract().path("id");
        assertFalse(third.equals(first));
    }

    @Test
    void theLegalPathWithIfMatchAndIllegalSteps() {
        String id = open(uniqueName(), null);
        problem(as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/follow-up").then(), 409, "case.invalid-transition");
        // A step names the version it was decided on: without If-Match it is 428 and the case stays as it was.
        problem(org.safereturn.testing.Api.withoutVersion("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then(), 428, "precondition.required");
        as("worker").get("/api/v1/cases/" + id).then().body("status", equalTo("OPEN")).header("ETag", equalTo("\"0\""));
        as("worker").header("If-Match", "\"0\"").body(Map.of("note", "Sent to the provincial police")).post("/api/v1/cases/" + id + "/verify")
                .then().statusCode(200).body("status", equalTo("UNDER_VERIFICATION")).header("ETag", equalTo("\"1\""));
        problem(as("worker").header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/cases/" + id + "/start-support").then(), 412, "precondition.stale");
        Map<String, Object> decision = new HashMap<>(Map.of("decidingOrganizationId", POLICE, "decisionDate", "2026-01-05",
                "documentNumber", "QĐ-12", "result", "VICTIM", "forms", List.of("FORCED_LABOUR"), "countryOfExploitation", "CN",
                "meansOfControl", List.of("WITHHOLDS_DOCUMENTS", "DEBT_BONDAGE"), "recruiterRelation", "FRIEND"));
        // A type of sexual exploitation details the form SEXUAL, which this decision does not name.
        decision.put("sexualExploitationTypes", List.of("PROSTITUTION"));
        problem(as("worker").body(decision).post("/api/v1/cases/" + id + "/identify").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("sexualExploitationTypes"));
        decision.remove("sexualExploitationTypes");
        decision.put("labourTypes", List.of("CONSTRUCTION", "CONSTRUCTION"));
        as("worker").body(decision).post("/api/v1/cases/" + id + "/identify").then().statusCode(200)
                .body("status", equalTo("IDENTIFIED")).body("identification.forms", hasItem("FORCED_LABOUR"))
                .body("identification.labourTypes", equalTo(List.of("CONSTRUCTION"))).body("identification.sexualExploitationTypes", equalTo(List.of()))
                .body("identification.countryOfExploitation", equalTo("CN"));
        as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/start-support").then().statusCode(200).body("status", equalTo("SUPPORTING"));
        problem(as("worker").body(Map.of("receiver", "ORGANIZATION", "receiverName", "Rồng Xanh", "handedOverAt", OffsetDateTime.now().minusMinutes(1).toString()))
                .post("/api/v1/cases/" + id + "/handover").then(), 422, "validation.failed").body("errors[0].field", equalTo("receiverOrganizationId"));
        as("worker").body(Map.of("receiver", "FAMILY", "receiverName", "Mẹ: Trần Thị B", "documentNumber", "BB-GIAO-01",
                "handedOverAt", OffsetDateTime.now().minusMinutes(1).toString())).post("/api/v1/cases/" + id + "/handover").then()
                .statusCode(200).body("status", equalTo("HANDED_OVER")).body("handover.receiverName", equalTo("Mẹ: Trần Thị B"));
        as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/follow-up").then().statusCode(200).body("status", equalTo("FOLLOW_UP"));
        problem(as("worker").body(Map.of("reason", "done")).post("/api/v1/cases/" + id + "/close").then(), 403, "auth.forbidden");
        problem(as("supervisor").body(Map.of()).post("/api/v1/cases/" + id + "/close").then(), 422, "validation.failed");
        as("supervisor").body(Map.of("reason", "Reintegrated, family stable")).post("/api/v1/cases/" + id + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        problem(as("supervisor").body(Map.of("reason", "again")).post("/api/v1/cases/" + id + "/close").then(), 409, "case.invalid-transition");
        as("supervisor").body(Map.of("reason", "Family asked for help again")).post("/api/v1/cases/" + id + "/reopen").then()
                .statusCode(200).body("status", equalTo("FOLLOW_UP"));
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("items.type", hasItem("IDENTIFIED")).body("items.type", hasItem("REOPENED")).body("total", equalTo(8));
    }

    @Test
    void notIdentifiedNeedsAReason() {
        String id = open(uniqueName(), null);
        as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then().statusCode(200);
        problem(as("worker").body(Map.of("decisionDate", "2026-01-05")).post("/api/v1/cases/" + id + "/not-identified").then(), 422, "validation.failed")
                .body("errors.field", hasItem("reason"));
        as("worker").body(Map.of("decisionDate", "2026-01-05", "reason", "Went abroad voluntarily, no exploitation found"))
                .post("/api/v1/cases/" + id + "/not-identified").then().statusCode(200).body("status", equalTo("NOT_IDENTIFIED"))
                .body("identification.reason", containsString("voluntarily"));
    }

    @Test
    void invalidIntakesAre422AndCreateNothing() {
        Map<String, Object> p = person("", null);
        p.remove("birthDate");
        p.put("nationality", "Vietnam");
        p.put("homePlaceCode", "99999");
        Map<String, Object> r = intake(p);
        r.put("handingOverOrganizationId", UUID.randomUUID().toString());
        r.put("receivedAt", OffsetDateTime.now().plusDays(2).toString());
        problem(as("worker").body(r).post("/api/v1/intakes").then(), 422, "validation.failed")
                .body("errors.field", hasItem("person.fullName")).body("errors.field", hasItem("person.nationality"))
                .body("errors.field", hasItem("receivedAt"))
                // Each error carries a stable code for the SPA to word it in Vietnamese.
                .body("errors.find { it.field == 'person.fullName' }.code", equalTo("required"))
                .body("errors.find { it.field == 'person.nationality' }.code", equalTo("country"))
                .body("errors.find { it.field == 'receivedAt' }.code", equalTo("not-future"));
        Map<String, Object> p2 = person("Lê Thị Hợp Lệ", null);
        p2.remove("birthDate");
        Map<String, Object> r2 = intake(p2);
        r2.put("handingOverOrganizationId", UUID.randomUUID().toString());
        problem(as("worker").body(r2).post("/api/v1/intakes").then(), 422, "validation.failed")
                .body("errors.field", hasItem("person.birthDate")).body("errors.field", hasItem("handingOverOrganizationId"));
        // Two capital letters that name no country are refused as well (the SPA only offers real ones).
        Map<String, Object> p3 = person("Lê Thị Quốc Tịch", null);
        p3.put("nationality", "XX");
        problem(as("worker").body(intake(p3)).post("/api/v1/intakes").then(), 422, "validation.failed")
                .body("errors.field", hasItem("person.nationality"));
        problem(as("worker").body("{\"channel\": ").post("/api/v1/intakes").then(), 400, "request.malformed");
        Map<String, Object> badChannel = intake(person("X", null));
        badChannel.put("channel", "CARRIER_PIGEON");
        problem(as("worker").body(badChannel).post("/api/v1/intakes").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("channel"));
        as("worker").body(Map.of("q", "Lê Thị Hợp Lệ")).post("/api/v1/cases/search").then().body("total", equalTo(0));
    }

    @Test
    void casesAreScopedToTheReceivingOrganizationAndRoles() {
        String id = open(uniqueName(), null);
        as("supervisor").get("/api/v1/cases/" + id).then().statusCode(200).body("narrative", notNullValue());
        for (String user : new String[] {"admin", "analyst", "partner", "coordinator"}) {
            problem(as(user).get("/api/v1/cases/" + id).then(), 403, "auth.forbidden");
            problem(as(user).get("/api/v1/cases").then(), 403, "auth.forbidden");
        }
        problem(asToken(Tokens.blueDragon()).get("/api/v1/cases/" + id).then(), 403, "auth.forbidden");
        problem(anonymous().get("/api/v1/cases/" + id).then(), 401, "auth.unauthenticated");
        problem(as("worker").get("/api/v1/cases/" + UUID.randomUUID()).then(), 404, "resource.not-found");
        problem(as("operator").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then(), 403, "auth.forbidden");
    }

    @Test
    void listsMineOrganizationAndOverdueWithFilters() {
        String recent = open(uniqueName(), null);
        Map<String, Object> late = intake(person(uniqueName(), null));
        late.put("receivedAt", OffsetDateTime.now().minusDays(4).toString());
        String overdue = as("worker").body(late).post("/api/v1/intakes").then().statusCode(201)
                .body("verificationOverdue", equalTo(true)).extract().path("id");
        as("worker").queryParam("overdue", true).queryParam("size", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(overdue)).body("items.id", not(hasItem(recent)))
                .body("items.find { it.id == '" + overdue + "' }.verificationOverdue", equalTo(true));
        as("worker").queryParam("view", "mine").queryParam("size", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(recent));
        as("supervisor").queryParam("view", "mine").queryParam("size", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", not(hasItem(recent)));
        as("supervisor").queryParam("status", "OPEN").queryParam("category", "PRESUMED_VICTIM").queryParam("size", 200)
                .get("/api/v1/cases").then().statusCode(200).body("items.id", hasItem(recent));
        problem(as("worker").queryParam("view", "everything").get("/api/v1/cases").then(), 422, "validation.failed");
        problem(as("worker").queryParam("status", "LOST").get("/api/v1/cases").then(), 422, "validation.failed");
    }

    @Test
    void theSweepFlagsOverdueVerificationsOnce() {
        Map<String, Object> late = intake(person(uniqueName(), null));
        late.put("receivedAt", OffsetDateTime.now().minusDays(5).toString());
        String id = as("worker").body(late).post("/api/v1/intakes").then().statusCode(201).extract().path("id");
        while (service.flagOverdueVerifications(500) == 500) {
            // drain
        }
        service.flagOverdueVerifications(500);
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("items.findAll { it.type == 'VERIFICATION_OVERDUE' }", hasSize(1));
    }

    @Test
    void hotlineOperatorsGetABriefFoundOnlyByNumberAndNoPersonalRecordNotesOrTimeline() {
        String name = "Nguyễn Thị Hoa";
        String id = open(name, null);
        String number = as("worker").get("/api/v1/cases/" + id).then().statusCode(200).extract().path("caseNumber");
        as("operator").get("/api/v1/case-briefs/" + id).then().statusCode(200)
                .body("caseNumber", equalTo(number)).body("status", equalTo("OPEN")).body("category", equalTo("PRESUMED_VICTIM"))
                .body("initials", equalTo("N.T.H.")).body("assignedToName", equalTo("Nguyễn Thị Lan")).body("open", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("person"))).body("$", not(org.hamcrest.Matchers.hasKey("narrative")));
        as("operator").queryParam("number", number.toLowerCase()).get("/api/v1/case-briefs").then().statusCode(200).body("id", equalTo(id));
        problem(as("operator").queryParam("number", "QN-1999-000000").get("/api/v1/case-briefs").then(), 404, "resource.not-found");
        problem(as("operator").get("/api/v1/case-briefs").then(), 422, "validation.failed");
        // No full record, no search by name or ID number, no notes, no timeline.
        problem(as("operator").get("/api/v1/cases/" + id).then(), 403, "auth.forbidden");
        problem(as("operator").body(Map.of("q", name)).post("/api/v1/cases/search").then(), 403, "auth.forbidden");
        problem(as("operator").get("/api/v1/cases/" + id + "/notes").then(), 403, "auth.forbidden");
        problem(as("operator").get("/api/v1/cases/" + id + "/timeline").then(), 403, "auth.forbidden");
        problem(asToken(Tokens.blueDragon()).get("/api/v1/case-briefs/" + id).then(), 403, "auth.forbidden");
        for (String user : new String[] {"admin", "analyst", "coordinator"}) {
            problem(as(user).get("/api/v1/case-briefs/" + id).then(), 403, "auth.forbidden");
        }
        problem(as("operator").get("/api/v1/case-briefs/" + UUID.randomUUID()).then(), 404, "resource.not-found");
    }

    @Test
    void anOperatorsIntakeAnswersWhatTheyTypedWithoutThePossibleDuplicates() {
        String name = uniqueName();
        String idNumber = String.valueOf(100_000_000_000L + (long) (Math.random() * 899_999_999_999L));
        open(name, idNumber);
        as("worker").body(intake(person(name, idNumber))).post("/api/v1/intakes").then().statusCode(201)
                .body("possibleDuplicates", hasSize(1));
        as("operator").body(intake(person(name, idNumber))).post("/api/v1/intakes").then().statusCode(201)
                .body("person.fullName", equalTo(name)).body("possibleDuplicates", hasSize(0));
    }

    @Test
    void notesAreEncryptedAndReadOnlyByThoseWhoWorkCases() {
        String id = open(uniqueName(), null);
        as("worker").body(Map.of("text", "Mother visited, asked about school", "confidential", false)).post("/api/v1/cases/" + id + "/notes")
                .then().statusCode(201).body("authorName", equalTo("Nguyễn Thị Lan"));
        as("worker").body(Map.of("text", "Disclosed abuse by the recruiter", "confidential", true)).post("/api/v1/cases/" + id + "/notes")
                .then().statusCode(201);
        as("worker").get("/api/v1/cases/" + id + "/notes").then().statusCode(200).body("total", equalTo(2));
        as("supervisor").get("/api/v1/cases/" + id + "/notes").then().statusCode(200).body("total", equalTo(2));
        // At rest each note is ciphertext, never the words read back above.
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT text_enc FROM case_note WHERE case_id = ?")) {
            q.setObject(1, UUID.fromString(id));
            var rs = q.executeQuery();
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertTrue(rs.getString(1).startsWith("v2:"), rs.getString(1));
                assertFalse(rs.getString(1).contains("recruiter") || rs.getString(1).contains("Mother"), rs.getString(1));
            }
            org.junit.jupiter.api.Assertions.assertEquals(2, rows);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        problem(as("operator").body(Map.of("text", "x", "confidential", false)).post("/api/v1/cases/" + id + "/notes").then(), 403, "auth.forbidden");
        problem(as("worker").body(Map.of("text", " ", "confidential", false)).post("/api/v1/cases/" + id + "/notes").then(), 422, "validation.failed");
    }

    @Test
    void anIdempotentRetryOfAnIntakeOpensOneCase() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName();
        Map<String, Object> body = intake(person(name, null));
        String first = as("worker").header("Idempotency-Key", key).body(body).post("/api/v1/intakes")
                .then().statusCode(201).extract().path("id");
        as("worker").header("Idempotency-Key", key).body(body).post("/api/v1/intakes")
                .then().statusCode(201).body("id", equalTo(first));
        body.put("narrative", "A different story");
        problem(as("worker").header("Idempotency-Key", key).body(body).post("/api/v1/intakes").then(), 422, "idempotency.key-reused");
    }
}
