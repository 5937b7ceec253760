package org.safereturn.audit;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;
import org.safereturn.testing.Tokens;

@QuarkusTest
class ExternalReadsTest {
    @Test
    void aSupervisorSeesWhoOutsideTheOrganizationReadItsCasesAndWhoWasRefused() {
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "NGO", "receivedAt", OffsetDateTime.now().minusHours(1).toString(),
                "person", Map.of("fullName", "Đinh Thị Ngoài " + UUID.randomUUID().toString().substring(0, 6), "sex", "FEMALE", "estimatedAge", 22),
                "category", "PRESUMED_VICTIM"));
        var created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract();
        String caseId = created.path("id");
        as("worker").body(Map.of("personId", created.path("person.id"), "givenBy", "PERSON", "purpose", "SHARE_WITH_ORGANIZATION",
                "organizationId", Api.BLUE_DRAGON, "fieldGroups", List.of("IDENTITY"), "givenAt", OffsetDateTime.now().minusMinutes(3).toString(),
                "method", "SIGNED_FORM")).post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201);
        String referral = as("worker").body(Map.of("caseId", caseId, "receiverOrganizationId", Api.BLUE_DRAGON, "serviceType", "LEGAL_AID",
                "urgency", "ROUTINE", "reason", "Legal advice", "fieldGroups", List.of("IDENTITY"))).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        as("worker").body(Map.of()).post("/api/v1/referrals/" + referral + "/send").then().statusCode(200);

        asToken(Tokens.blueDragon()).get("/api/v1/referrals/" + referral).then().statusCode(200);
        problem(asToken(Tokens.worldVision()).get("/api/v1/referrals/" + referral).then(), 404, "resource.not-found");
        problem(as("worker2").get("/api/v1/cases/" + UUID.randomUUID()).then(), 404, "resource.not-found");

        as("supervisor").queryParam("size", 200).get("/api/v1/audit/external-reads").then().statusCode(200)
                .body("items.find { it.action == 'CASE_SHARED_READ' && it.recordId == '" + caseId + "' }.organizationId", equalTo(Api.BLUE_DRAGON))
                .body("items.find { it.action == 'CASE_SHARED_READ' && it.recordId == '" + caseId + "' }.fieldGroups", equalTo("IDENTITY"))
                .body("items.find { it.action == 'REFERRAL_READ_REFUSED' && it.recordId == '" + referral + "' }.organizationId",
                        equalTo("00000000-0000-4000-a000-000000000012"))
                .body("items.subjectOrganizationId", everyItem(equalTo(Api.SWC)))
                .body("items.organizationId", not(hasItem(Api.SWC)));
        for (String user : new String[] {"worker", "admin", "analyst", "operator"}) {
            problem(as(user).get("/api/v1/audit/external-reads").then(), 403, "auth.forbidden");
        }
    }

    @Test
    void aCallerLookupRecordsTheNumbersKeyedHashNeverTheNumber() {
        String phone = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
        as("operator").body(Map.of("phone", phone)).post("/api/v1/hotline/caller-lookup").then().statusCode(200);
        as("admin").queryParam("action", "CALLER_HISTORY_READ").queryParam("recordId", "lookup").get("/api/v1/audit").then().statusCode(200)
                .body("items[0].details", org.hamcrest.Matchers.matchesPattern("\\{\"phoneIndex\":\"[0-9a-f]{64}\"}"))
                .body("items.details", everyItem(not(org.hamcrest.Matchers.containsString(phone.substring(2)))));
    }
}
