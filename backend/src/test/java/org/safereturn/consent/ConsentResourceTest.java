package org.safereturn.consent;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;

@QuarkusTest
class ConsentResourceTest {
    @Inject
    ConsentService consents;

    static String[] openCase() {
        Map<String, Object> person = new HashMap<>(Map.of("fullName", "Phạm Thị Đồng Ý " + UUID.randomUUID().toString().substring(0, 6),
                "sex", "FEMALE", "estimatedAge", 16));
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "HOTLINE", "receivedAt", OffsetDateTime.now().minusHours(1).toString(),
                "person", person, "category", "PRESUMED_VICTIM"));
        var created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract();
        return new String[] {created.path("id"), created.path("person.id")};
    }

    static Map<String, Object> sharing(String personId, List<String> groups) {
        Map<String, Object> m = new HashMap<>();
        m.put("personId", personId);
        m.put("givenBy", "GUARDIAN");
        m.put("guardianName", "Phạm Văn Cha");
        m.put("guardianRelation", "father");
        m.put("purpose", "SHARE_WITH_ORGANIZATION");
        m.put("organizationId", Api.BLUE_DRAGON);
        m.put("fieldGroups", groups);
        m.put("givenAt", OffsetDateTime.now().minusMinutes(5).toString());
        m.put("method", "SIGNED_FORM");
        return m;
    }

    @Test
    void theLedgerDecidesWhatAnOrganizationMaySeeAndAWithdrawalHidesItAtOnce() {
        String[] c = openCase();
        UUID caseId = UUID.fromString(c[0]);
        assertEquals(Set.of(), consents.sharedFieldGroups(caseId, UUID.fromString(Api.BLUE_DRAGON)));
        String identity = as("worker").body(sharing(c[1], List.of("IDENTITY", "CONTACT"))).post("/api/v1/cases/" + c[0] + "/consents")
                .then().statusCode(201).body("active", equalTo(true)).body("guardianName", equalTo("Phạm Văn Cha"))
                .extract().path("id");
        as("worker").body(sharing(c[1], List.of("NARRATIVE"))).post("/api/v1/cases/" + c[0] + "/consents").then().statusCode(201);
        assertEquals(EnumSet.of(FieldGroup.IDENTITY, FieldGroup.CONTACT, FieldGroup.NARRATIVE),
                consents.sharedFieldGroups(caseId, UUID.fromString(Api.BLUE_DRAGON)));
        assertEquals(Set.of(), consents.sharedFieldGroups(caseId, UUID.fromString("00000000-0000-4000-a000-000000000012")));

        as("worker").body(Map.of("reason", "The family changed its mind")).post("/api/v1/cases/" + c[0] + "/consents/" + identity + "/withdraw")
                .then().statusCode(200).body("active", equalTo(false)).body("withdrawnByName", equalTo("Nguyễn Thị Lan"));
        assertEquals(EnumSet.of(FieldGroup.NARRATIVE), consents.sharedFieldGroups(caseId, UUID.fromString(Api.BLUE_DRAGON)));
        problem(as("worker").body(Map.of("reason", "again")).post("/api/v1/cases/" + c[0] + "/consents/" + identity + "/withdraw").then(),
                409, "consent.already-withdrawn");
        as("supervisor").get("/api/v1/cases/" + c[0] + "/consents").then().statusCode(200)
                .body("items.active", hasItem(false)).body("items.active", hasItem(true));
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + c[0] + "/timeline").then()
                .body("items.type", hasItem("CONSENT_WITHDRAWN"));
    }

    @Test
    void anExpiredConsentSharesNothing() {
        String[] c = openCase();
        Map<String, Object> m = sharing(c[1], List.of("IDENTITY"));
        m.put("givenAt", OffsetDateTime.now().minusDays(10).toString());
        m.put("validUntil", OffsetDateTime.now().minusDays(1).toString());
        as("worker").body(m).post("/api/v1/cases/" + c[0] + "/consents").then().statusCode(201).body("active", equalTo(false));
        assertEquals(Set.of(), consents.sharedFieldGroups(UUID.fromString(c[0]), UUID.fromString(Api.BLUE_DRAGON)));
    }

    @Test
    void incompleteConsentsAre422() {
        String[] c = openCase();
        Map<String, Object> m = sharing(UUID.randomUUID().toString(), List.of("IDENTITY"));
        m.remove("guardianName");
        m.remove("organizationId");
        m.put("method", "VERBAL_WITH_WITNESS");
        problem(as("worker").body(m).post("/api/v1/cases/" + c[0] + "/consents").then(), 422, "validation.failed")
                .body("errors.field", hasItem("personId")).body("errors.field", hasItem("guardianName"))
                .body("errors.field", hasItem("organizationId")).body("errors.field", hasItem("witnessName"));
        Map<String, Object> empty = sharing(c[1], List.of());
        problem(as("worker").body(empty).post("/api/v1/cases/" + c[0] + "/consents").then(), 422, "validation.failed")
                .body("errors.field", hasItem("fieldGroups"));
    }

    @Test
    void onlyTheCaseOrganizationsWorkersRecordConsent() {
        String[] c = openCase();
        problem(as("operator").body(sharing(c[1], List.of("IDENTITY"))).post("/api/v1/cases/" + c[0] + "/consents").then(), 403, "auth.forbidden");
        problem(as("partner").get("/api/v1/cases/" + c[0] + "/consents").then(), 403, "auth.forbidden");
        problem(as("worker").get("/api/v1/cases/" + UUID.randomUUID() + "/consents").then(), 404, "resource.not-found");
        problem(as("worker").body(Map.of("reason", "x")).post("/api/v1/cases/" + c[0] + "/consents/" + UUID.randomUUID() + "/withdraw").then(),
                404, "resource.not-found");
    }
}
