package org.safereturn.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
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
import org.safereturn.testing.Api;

@QuarkusTest
class SupportResourceTest {
    static final String POLICE = "00000000-0000-4000-a000-000000000003";

    /** A case identified as a victim, with a child of 6; returns {caseId, personId, childId}. */
    static String[] identifiedCase(String nationality) {
        Map<String, Object> person = CaseResourceTest.person(CaseResourceTest.uniqueName(), null);
        person.put("nationality", nationality);
        Map<String, Object> intake = CaseResourceTest.intake(person);
        intake.put("accompanyingChildren", List.of(Map.of("fullName", "Bé Na", "sex", "FEMALE", "estimatedAge", 6)));
        var created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract();
        String id = created.path("id");
        as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then().statusCode(200);
        as("worker").body(Map.of("decidingOrganizationId", POLICE, "decisionDate", LocalDate.now().minusDays(1).toString(),
                "result", "VICTIM", "forms", List.of("FORCED_MARRIAGE"))).post("/api/v1/cases/" + id + "/identify").then().statusCode(200);
        return new String[] {id, created.path("person.id"), created.path("accompanyingChildren[0].id")};
    }

    static Map<String, Object> delivery(String personId, String type) {
        Map<String, Object> d = new HashMap<>();
        d.put("personId", personId);
        d.put("type", type);
        d.put("providerOrganizationId", Api.SWC);
        d.put("deliveredFrom", LocalDate.now().toString());
        return d;
    }

    @Test
    void theChecklistFollowsTheLawForTheVictimAndHerChild() {
        String[] c = identifiedCase("VN");
        as("worker").get("/api/v1/cases/" + c[0] + "/entitlements").then().statusCode(200)
                .body("persons[0].personId", equalTo(c[1]))
                .body("persons[0].lines.find { it.type == 'LOAN' }.allowed", equalTo(true))
                .body("persons[0].lines.find { it.type == 'LEGAL_AID' }.letter", equalTo("đ"))
                .body("persons[1].accompanyingChild", equalTo(true))
                .body("persons[1].lines.find { it.type == 'SCHOOLING' }.allowed", equalTo(true))
                .body("persons[1].lines.find { it.type == 'LOAN' }.allowed", equalTo(false))
                .body("persons[1].lines.find { it.type == 'LOAN' }.reason", equalTo("entitlement.child-of-victim-limit"));
    }

    @Test
    void aDeliveryBeyondTheEntitlementNeedsASupervisorsOverride() {
        String[] c = identifiedCase("CN");
        problem(as("worker").body(delivery(c[1], "VOCATIONAL_AND_JOB")).post("/api/v1/cases/" + c[0] + "/supports").then(),
                409, "support.not-entitled");
        Map<String, Object> withOverride = delivery(c[1], "VOCATIONAL_AND_JOB");
        withOverride.put("override", Map.of("reason", "Stays in Viet Nam with her Vietnamese husband; province agreed"));
        problem(as("worker").body(withOverride).post("/api/v1/cases/" + c[0] + "/supports").then(), 403, "support.override-needs-supervisor");
        as("supervisor").body(withOverride).post("/api/v1/cases/" + c[0] + "/supports").then().statusCode(201)
                .body("overrideByName", equalTo("Phạm Thị Hương")).body("overrideReason", notNullValue());
        as("worker").body(delivery(c[1], "MEDICAL")).post("/api/v1/cases/" + c[0] + "/supports").then().statusCode(201);
        as("worker").get("/api/v1/cases/" + c[0] + "/supports").then().statusCode(200).body("items.type", hasItem("MEDICAL"));
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + c[0] + "/timeline").then()
                .body("items.summary", hasItem("VOCATIONAL_AND_JOB (supervisor override)"));
    }

    @Test
    void aRetriedRecordWithTheSameKeyRecordsOnceAndAClosedCaseTakesNoMore() {
        String[] c = identifiedCase("VN");
        String key = java.util.UUID.randomUUID().toString();
        String first = as("worker").header("Idempotency-Key", key).body(delivery(c[1], "MEDICAL")).post("/api/v1/cases/" + c[0] + "/supports")
                .then().statusCode(201).extract().path("id");
        as("worker").header("Idempotency-Key", key).body(delivery(c[1], "MEDICAL")).post("/api/v1/cases/" + c[0] + "/supports")
                .then().statusCode(201).body("id", equalTo(first));
        problem(as("worker").header("Idempotency-Key", key).body(delivery(c[1], "TRAVEL")).post("/api/v1/cases/" + c[0] + "/supports").then(),
                422, "idempotency.key-reused");
        String noteKey = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as("worker").header("Idempotency-Key", noteKey).body(Map.of("text", "Called the family", "confidential", false))
                    .post("/api/v1/cases/" + c[0] + "/notes").then().statusCode(201);
        }
        as("worker").get("/api/v1/cases/" + c[0] + "/notes").then().body("total", equalTo(1));
        as("worker").get("/api/v1/cases/" + c[0] + "/supports").then().body("items.findAll { it.type == 'MEDICAL' }.size()", equalTo(1));

        as("supervisor").body(Map.of("reason", "Moved abroad")).post("/api/v1/cases/" + c[0] + "/close").then().statusCode(200);
        problem(as("worker").body(delivery(c[1], "TRAVEL")).post("/api/v1/cases/" + c[0] + "/supports").then(), 409, "case.closed");
    }

    @Test
    void cashIsPricedFromTheProvincesRateInForce() {
        String province = "22";
        String type = "INITIAL_HARDSHIP_ALLOWANCE";
        // Each run uses a fresh far-future period so the rates of earlier runs never overlap.
        LocalDate from = LocalDate.of(2100 + (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 800), 1, 1);
        Map<String, Object> rate = new HashMap<>(Map.of("provinceCode", province, "supportType", "ESSENTIAL_NEEDS", "amountVnd", 80000,
                "unit", "PER_DAY", "effectiveFrom", from.toString(), "effectiveTo", from.plusYears(1).minusDays(1).toString(),
                "legalBasis", "Test rate"));
        String rateId = as("admin").body(rate).post("/api/v1/cash-rates").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .extract().path("id");
        problem(as("admin").body(rate).post("/api/v1/cash-rates").then(), 409, "cash-rate.overlap");
        Map<String, Object> bad = new HashMap<>(rate);
        bad.put("provinceCode", "06685");
        problem(as("admin").body(bad).post("/api/v1/cash-rates").then(), 422, "validation.failed").body("errors[0].field", equalTo("provinceCode"));
        problem(as("worker").body(rate).post("/api/v1/cash-rates").then(), 403, "auth.forbidden");
        as("worker").queryParam("provinceCode", province).queryParam("on", from.plusDays(3).toString()).get("/api/v1/cash-rates").then()
                .statusCode(200).body("items.id", hasItem(rateId));

        String[] c = identifiedCase("VN");
        Map<String, Object> d = delivery(c[1], "ESSENTIAL_NEEDS");
        d.put("deliveredFrom", from.plusDays(10).toString());
        problem(as("worker").body(d).post("/api/v1/cases/" + c[0] + "/supports").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("quantity"));
        d.put("quantity", 5);
        as("worker").body(d).post("/api/v1/cases/" + c[0] + "/supports").then().statusCode(201)
                .body("amountVnd", equalTo(400000)).body("cashRateId", equalTo(rateId));
        // Another type is never priced from this rate: the delivery is recorded for the person, without it.
        Map<String, Object> outside = delivery(c[1], type);
        as("worker").body(outside).post("/api/v1/cases/" + c[0] + "/supports").then().statusCode(201)
                .body("type", equalTo(type)).body("personId", equalTo(c[1])).body("cashRateId", org.hamcrest.Matchers.not(equalTo(rateId)));
        as("worker").get("/api/v1/cases/" + c[0] + "/entitlements").then()
                .body("persons[0].lines.find { it.type == 'ESSENTIAL_NEEDS' }.amountVndDelivered", equalTo(400000))
                .body("persons[0].lines.find { it.type == 'ESSENTIAL_NEEDS' }.deliveries", equalTo(1));
    }

    @Test
    void badDeliveriesAre422AndOtherRolesAreRefused() {
        String[] c = identifiedCase("VN");
        Map<String, Object> d = delivery(UUID.randomUUID().toString(), "MEDICAL");
        d.put("providerOrganizationId", UUID.randomUUID().toString());
        d.put("deliveredTo", LocalDate.now().minusDays(3).toString());
        problem(as("worker").body(d).post("/api/v1/cases/" + c[0] + "/supports").then(), 422, "validation.failed")
                .body("errors.field", hasItem("personId")).body("errors.field", hasItem("providerOrganizationId"))
                .body("errors.field", hasItem("deliveredTo"));
        problem(as("worker").body(delivery(c[1], "TELEPORT")).post("/api/v1/cases/" + c[0] + "/supports").then(), 422, "validation.failed");
        problem(as("operator").get("/api/v1/cases/" + c[0] + "/entitlements").then(), 403, "auth.forbidden");
        problem(as("analyst").body(delivery(c[1], "MEDICAL")).post("/api/v1/cases/" + c[0] + "/supports").then(), 403, "auth.forbidden");
        problem(as("worker").get("/api/v1/cases/" + UUID.randomUUID() + "/entitlements").then(), 404, "resource.not-found");
    }
}
