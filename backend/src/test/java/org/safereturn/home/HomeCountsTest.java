package org.safereturn.home;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.safereturn.testing.Api.BLUE_DRAGON;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** The navigation's counts follow the records they count, for each role that sees them, and only those. */
@QuarkusTest
class HomeCountsTest {
    static final String COUNTS = "/api/v1/me/counts";

    static RequestSpecification blueDragon() {
        return asToken(Tokens.blueDragon());
    }

    static long count(RequestSpecification caller, String field) {
        return ((Number) caller.get(COUNTS).then().statusCode(200).extract().path(field)).longValue();
    }

    @Test
    void aReferralSentToThePartnerAndAnEmergencyCallAreCountedWhereTheyWait() {
        long waiting = count(blueDragon(), "newReferrals");
        String name = "Lò Thị Đếm " + UUID.randomUUID().toString().substring(0, 8);
        var created = as("worker").body(Map.of("channel", "BORDER_GUARD_HANDOVER", "receivedAt", OffsetDateTime.now().minusHours(5).toString(),
                "person", Map.of("fullName", name, "sex", "FEMALE", "estimatedAge", 17), "category", "PRESUMED_VICTIM"))
                .post("/api/v1/intakes").then().statusCode(201).extract();
        String caseId = created.path("id");
        as("worker").body(Map.of("personId", created.path("person.id"), "givenBy", "GUARDIAN", "guardianName", "Lò Văn Bố", "guardianRelation", "father",
                "purpose", "SHARE_WITH_ORGANIZATION", "organizationId", BLUE_DRAGON, "fieldGroups", List.of("IDENTITY"),
                "givenAt", OffsetDateTime.now().minusMinutes(5).toString(), "method", "SIGNED_FORM"))
                .post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201);
        Map<String, Object> referral = new HashMap<>(Map.of("caseId", caseId, "receiverOrganizationId", BLUE_DRAGON,
                "serviceId", "00000000-0000-4000-b000-000000000015", "urgency", "URGENT", "reason", "Needs a lawyer",
                "requestedBy", LocalDate.now().plusDays(7).toString(), "fieldGroups", List.of("IDENTITY")));
        String id = as("worker").body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as("worker").body(Map.of()).post("/api/v1/referrals/" + id + "/send").then().statusCode(200);
        blueDragon().get(COUNTS).then().statusCode(200).body("newReferrals", equalTo((int) waiting + 1))
                .body("overdueReferrals", notNullValue()).body("overdueVerifications", nullValue()).body("emergencyTickets", nullValue());

        long emergencies = count(as("operator"), "emergencyTickets");
        Map<String, Object> call = new HashMap<>();
        call.put("lineId", "00000000-0000-4000-c000-000000000001");
        call.put("channel", "PHONE");
        call.put("direction", "INBOUND");
        call.put("startedAt", OffsetDateTime.now().minusMinutes(2).toString());
        call.put("caller", Map.of("anonymous", true));
        call.put("categories", List.of("TRAFFICKING_SUSPECTED"));
        call.put("summary", "Con gái mất liên lạc sau khi sang biên giới.");
        call.put("urgency", "EMERGENCY");
        call.put("actions", List.of("COUNSELLING"));
        as("operator").body(call).post("/api/v1/hotline/tickets").then().statusCode(201);
        as("operator").get(COUNTS).then().statusCode(200).body("emergencyTickets", equalTo((int) emergencies + 1))
                .body("newReferrals", nullValue()).body("overdueVerifications", nullValue());
        as("supervisor").get(COUNTS).then().statusCode(200).body("emergencyTickets", equalTo((int) emergencies + 1))
                .body("overdueVerifications", notNullValue()).body("visitsDue", notNullValue());
    }

    @Test
    void rolesWithoutSuchListsAreRefused() {
        problem(as("analyst").get(COUNTS).then(), 403, "auth.forbidden");
        anonymous().get(COUNTS).then().statusCode(401);
    }
}
