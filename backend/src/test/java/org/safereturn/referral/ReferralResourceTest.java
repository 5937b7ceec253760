package org.safereturn.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.BLUE_DRAGON;
import static org.safereturn.testing.Api.SWC;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;
import static org.safereturn.testing.Fixtures.consent;
import static org.safereturn.testing.Fixtures.openCase;
import static org.safereturn.testing.Fixtures.referral;
import static org.safereturn.testing.Fixtures.sentReferral;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Fixtures;
import org.safereturn.testing.Tokens;

@QuarkusTest
class ReferralResourceTest {
    static final String REFERRALS = Fixtures.REFERRALS;
    static final String BD_LEGAL_AID = Fixtures.BD_LEGAL_AID;
    static final String WORLD_VISION = "00000000-0000-4000-a000-000000000012";

    @Inject
    EntityManager em;

    static RequestSpecification blueDragon() {
        return asToken(Tokens.blueDragon());
    }

    @Test
    void theCentreRefersBlueDragonAcceptsAndCompletesAndTheSenderSeesTheOutcome() {
        String[] c = openCase();
        consent(c, BLUE_DRAGON, List.of("IDENTITY", "CONTACT"));
        String id = as("worker").body(referral(c[0], List.of("IDENTITY"))).post(REFERRALS).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(REFERRALS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT")).body("serviceType", equalTo("LEGAL_AID")).body("side", equalTo("SENDER"))
                .body("sender.id", equalTo(SWC)).body("receiver.id", equalTo(BLUE_DRAGON))
                .body("sharedCase.persons.fullName", contains(c[2])).body("sharedCase.persons[0].phone", nullValue())
                .extract().path("id");
        // The receiver never sees a draft.
        problem(blueDragon().get(REFERRALS + "/" + id).then(), 404, "resource.not-found");
        blueDragon().queryParam("direction", "incoming").queryParam("size", 200).get(REFERRALS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        as("worker").body(Map.of("note", "Please call before visiting")).post(REFERRALS + "/" + id + "/send").then().statusCode(200)
                .body("status", equalTo("SENT")).body("sentAt", notNullValue()).body("overdue", equalTo(false));
        blueDragon().queryParam("direction", "incoming").queryParam("size", 200).get(REFERRALS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.caseNumber", org.hamcrest.Matchers.startsWith("QN-"))
                .body("items.find { it.id == '" + id + "' }.status", equalTo("SENT"));
        blueDragon().get(REFERRALS + "/" + id).then().statusCode(200)
                .body("side", equalTo("RECEIVER")).body("sharedCase.fieldGroups", contains("IDENTITY"))
                .body("sharedCase.persons.fullName", contains(c[2])).body("sharedCase.persons[0].estimatedAge", equalTo(17))
                .body("sharedCase.persons[0].role", equalTo("MAIN_PERSON")).body("sharedCase.persons[0].basis", equalTo("CONSENT"))
                .body("sharedCase.persons[0].phone", nullValue()).body("sharedCase.persons[0].narrative", nullValue());

        blueDragon().body(Map.of()).post(REFERRALS + "/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                // The partner's API client is named by its organization, not by its technical account.
                .body("history.find { it.type == 'ACCEPTED' }.actorName", equalTo("Tổ chức Rồng Xanh (Blue Dragon Children's Foundation) (API)"));
        as("partner").body(Map.of("note", "Lawyer assigned")).post(REFERRALS + "/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        blueDragon().body(Map.of("text", "First hearing on Monday")).post(REFERRALS + "/" + id + "/comments").then().statusCode(201)
                .body("type", equalTo("COMMENTED")).body("note", equalTo("First hearing on Monday"));
        blueDragon().body(Map.of("outcome", "SERVICE_PROVIDED", "note", "Compensation awarded")).post(REFERRALS + "/" + id + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                // Once the referral has ended, the receiver sees no more of the person.
                .body("sharedCase.persons", empty()).body("sharedCase.fieldGroups", empty());

        as("worker").get(REFERRALS + "/" + id).then().statusCode(200)
                .body("outcome", equalTo("SERVICE_PROVIDED")).body("outcomeNote", equalTo("Compensation awarded"))
                .body("history.type", contains("CREATED", "SENT", "ACCEPTED", "STARTED", "COMMENTED", "COMPLETED"))
                .body("history[1].note", equalTo("Please call before visiting"));
        as("supervisor").get(REFERRALS + "/" + id + "/comments").then().statusCode(200).body("items.note", contains("First hearing on Monday"));
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + c[0] + "/timeline").then().statusCode(200)
                .body("items.type", hasItem("REFERRAL_COMPLETED"))
                .body("items.find { it.type == 'REFERRAL_COMPLETED' }.params.outcome", equalTo("SERVICE_PROVIDED"));
        as("worker").queryParam("direction", "outgoing").queryParam("caseId", c[0]).get(REFERRALS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("COMPLETED"));
    }

    @Test
    void aThirdOrganizationAndOtherRolesSeeNothing() {
        String[] r = sentReferral();
        problem(asToken(Tokens.worldVision()).get(REFERRALS + "/" + r[0]).then(), 404, "resource.not-found");
        problem(asToken(Tokens.worldVision()).body(Map.of()).post(REFERRALS + "/" + r[0] + "/accept").then(), 404, "resource.not-found");
        asToken(Tokens.worldVision()).queryParam("direction", "incoming").queryParam("size", 200).get(REFERRALS).then().statusCode(200)
                .body("items.id", not(hasItem(r[0])));
        for (String user : new String[] {"analyst", "operator", "admin", "coordinator"}) {
            problem(as(user).get(REFERRALS + "/" + r[0]).then(), 403, "auth.forbidden");
            problem(as(user).queryParam("direction", "incoming").get(REFERRALS).then(), 403, "auth.forbidden");
        }
        problem(asToken(Tokens.integrator()).get(REFERRALS + "/changes").then(), 403, "auth.forbidden");
        problem(anonymous().get(REFERRALS + "/" + r[0]).then(), 401, "auth.unauthenticated");
        // Partners answer referrals; they do not create them.
        problem(blueDragon().body(referral(r[1], List.of())).post(REFERRALS).then(), 403, "auth.forbidden");
    }

    @Test
    void sharingBeyondTheConsentIsRefusedUnlessASupervisorOverridesInAnEmergency() {
        String[] c = openCase();
        consent(c, BLUE_DRAGON, List.of("IDENTITY"));
        problem(as("worker").body(referral(c[0], List.of("IDENTITY", "NARRATIVE"))).post(REFERRALS).then(), 409, "referral.consent-missing");
        Map<String, Object> override = referral(c[0], List.of("IDENTITY", "NARRATIVE"));
        override.put("emergencyOverride", Map.of("reason", "She is in danger tonight; the shelter must know her story"));
        problem(as("worker").body(override).post(REFERRALS).then(), 403, "referral.override-needs-supervisor");
        as("worker").queryParam("direction", "outgoing").queryParam("caseId", c[0]).get(REFERRALS).then().body("total", equalTo(0));

        String id = as("supervisor").body(override).post(REFERRALS).then().statusCode(201)
                .body("override.reason", equalTo("She is in danger tonight; the shelter must know her story"))
                .body("override.active", equalTo(true)).body("override.endsAt", notNullValue()).extract().path("id");
        as("supervisor").body(Map.of()).post(REFERRALS + "/" + id + "/send").then().statusCode(200);
        // The receiver sees the override too, with its end, and the person shown by it.
        blueDragon().get(REFERRALS + "/" + id).then().statusCode(200)
                .body("override.active", equalTo(true)).body("override.endsAt", notNullValue())
                .body("sharedCase.fieldGroups", contains("IDENTITY", "NARRATIVE")).body("sharedCase.persons[0].basis", equalTo("OVERRIDE"))
                .body("sharedCase.persons[0].narrative", org.hamcrest.Matchers.containsString("escaped"));
    }

    @Test
    void aWithdrawalOfConsentHidesTheFieldsAtOnceAndStopsADraftFromBeingSent() {
        String[] c = openCase();
        String consentId = consent(c, BLUE_DRAGON, List.of("IDENTITY", "CONTACT"));
        String sent = as("worker").body(referral(c[0], List.of("IDENTITY", "CONTACT"))).post(REFERRALS).then().statusCode(201).extract().path("id");
        String draft = as("worker").body(referral(c[0], List.of("IDENTITY"))).post(REFERRALS).then().statusCode(201).extract().path("id");
        as("worker").body(Map.of()).post(REFERRALS + "/" + sent + "/send").then().statusCode(200);
        blueDragon().get(REFERRALS + "/" + sent).then().body("sharedCase.persons[0].fullName", equalTo(c[2]))
                .body("sharedCase.persons[0].phone", equalTo("0912345678"));

        as("worker").body(Map.of("reason", "The family asked us to stop sharing")).post("/api/v1/cases/" + c[0] + "/consents/" + consentId + "/withdraw")
                .then().statusCode(200);
        blueDragon().get(REFERRALS + "/" + sent).then().statusCode(200)
                .body("sharedCase.fieldGroups", empty()).body("sharedCase.persons", empty())
                .body("sharedCase.caseNumber", org.hamcrest.Matchers.startsWith("QN-"));
        problem(as("worker").body(Map.of()).post(REFERRALS + "/" + draft + "/send").then(), 409, "referral.consent-missing");
        as("worker").get(REFERRALS + "/" + draft).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void badReferralsAre422AndCreateNothing() {
        String[] c = openCase();
        Map<String, Object> own = referral(c[0], List.of());
        own.put("receiverOrganizationId", SWC);
        own.remove("serviceId");
        own.put("serviceType", "SHELTER_STAY");
        problem(as("worker").body(own).post(REFERRALS).then(), 422, "validation.failed").body("errors.field", hasItem("receiverOrganizationId"));
        Map<String, Object> unknown = referral(c[0], List.of());
        unknown.put("receiverOrganizationId", UUID.randomUUID().toString());
        problem(as("worker").body(unknown).post(REFERRALS).then(), 422, "validation.failed").body("errors.field", hasItem("receiverOrganizationId"));
        Map<String, Object> notOffered = referral(c[0], List.of());
        notOffered.put("receiverOrganizationId", WORLD_VISION);
        problem(as("worker").body(notOffered).post(REFERRALS).then(), 422, "validation.failed")
                .body("errors.find { it.field == 'serviceId' }.message", equalTo("is not offered by the receiving organization"));
        Map<String, Object> wrongType = referral(c[0], List.of());
        wrongType.put("serviceType", "MEDICAL");
        problem(as("worker").body(wrongType).post(REFERRALS).then(), 422, "validation.failed").body("errors.field", hasItem("serviceType"));
        Map<String, Object> noType = referral(c[0], List.of());
        noType.remove("serviceId");
        problem(as("worker").body(noType).post(REFERRALS).then(), 422, "validation.failed").body("errors.field", hasItem("serviceType"));
        Map<String, Object> past = referral(c[0], List.of());
        past.put("requestedBy", LocalDate.now().minusDays(3).toString());
        problem(as("worker").body(past).post(REFERRALS).then(), 422, "validation.failed").body("errors.field", hasItem("requestedBy"));
        Map<String, Object> badUrgency = referral(c[0], List.of());
        badUrgency.put("urgency", "WHENEVER");
        problem(as("worker").body(badUrgency).post(REFERRALS).then(), 422, "validation.failed");
        problem(as("worker").body(referral(UUID.randomUUID().toString(), List.of())).post(REFERRALS).then(), 404, "resource.not-found");
        as("worker").queryParam("direction", "outgoing").queryParam("caseId", c[0]).get(REFERRALS).then().body("total", equalTo(0));
        problem(as("worker").queryParam("direction", "sideways").get(REFERRALS).then(), 422, "validation.failed");
        problem(as("worker").queryParam("direction", "incoming").queryParam("status", "LOST").get(REFERRALS).then(), 422, "validation.failed");
    }

    @Test
    void stepsFromTheWrongSideOrStatusAreRefusedAndChangeNothing() {
        String[] r = sentReferral();
        String path = REFERRALS + "/" + r[0];
        problem(as("worker").body(Map.of()).post(path + "/accept").then(), 403, "referral.wrong-side");
        problem(blueDragon().body(Map.of("reason", "not ours")).post(path + "/cancel").then(), 403, "auth.forbidden");
        problem(as("partner").body(Map.of()).post(path + "/complete").then(), 422, "validation.failed");
        problem(blueDragon().body(Map.of("outcome", "PARTIALLY")).post(path + "/complete").then(), 409, "referral.invalid-transition");
        problem(blueDragon().body(Map.of()).post(path + "/decline").then(), 422, "validation.failed");
        problem(blueDragon().body(Map.of("reason", " ")).post(path + "/decline").then(), 422, "validation.failed");
        problem(blueDragon().header("If-Match", "\"7\"").body(Map.of()).post(path + "/accept").then(), 412, "precondition.stale");
        problem(io.restassured.RestAssured.given().auth().oauth2(Tokens.blueDragon()).contentType("application/json").body(Map.of())
                .post(path + "/accept").then(), 428, "precondition.required");
        as("worker").get(path).then().body("status", equalTo("SENT")).body("history.type", contains("CREATED", "SENT"));

        blueDragon().body(Map.of("reason", "No lawyer free this month")).post(path + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("No lawyer free this month"));
        problem(as("worker").body(Map.of("reason", "too late")).post(path + "/cancel").then(), 409, "referral.invalid-transition");
        // The sender re-refers elsewhere, linking the declined one.
        Map<String, Object> again = referral(r[1], List.of());
        again.put("receiverOrganizationId", WORLD_VISION);
        again.remove("serviceId");
        again.put("serviceType", "LEGAL_AID");
        again.put("previousReferralId", r[0]);
        as("worker").body(again).post(REFERRALS).then().statusCode(201).body("previousReferralId", equalTo(r[0]));
    }

    @Test
    void whenTheSenderCancelsWhileThePartnerAcceptsTheVersionBothSawTheSecondIs412() {
        String[] r = sentReferral();
        String path = REFERRALS + "/" + r[0];
        String seen = as("worker").get(path).then().statusCode(200).extract().header("ETag");
        assertEquals(seen, blueDragon().get(path).then().statusCode(200).extract().header("ETag"));
        as("worker").header("If-Match", seen).body(Map.of("reason", "The family found a lawyer")).post(path + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        problem(blueDragon().header("If-Match", seen).body(Map.of()).post(path + "/accept").then(), 412, "precondition.stale");
        as("worker").get(path).then().body("status", equalTo("CANCELLED")).body("history.type", contains("CREATED", "SENT", "CANCELLED"));
    }

    @Test
    void aRetriedStepWithTheSameKeyChangesNothingMore() {
        String[] c = openCase();
        Map<String, Object> body = referral(c[0], List.of());
        String key = UUID.randomUUID().toString();
        String first = as("worker").header("Idempotency-Key", key).body(body).post(REFERRALS).then().statusCode(201).extract().path("id");
        String second = as("worker").header("Idempotency-Key", key).body(body).post(REFERRALS).then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        Map<String, Object> other = referral(c[0], List.of());
        other.put("urgency", "EMERGENCY");
        problem(as("worker").header("Idempotency-Key", key).body(other).post(REFERRALS).then(), 422, "idempotency.key-reused");
        as("worker").queryParam("direction", "outgoing").queryParam("caseId", c[0]).get(REFERRALS).then().body("total", equalTo(1));

        as("worker").body(Map.of()).post(REFERRALS + "/" + first + "/send").then().statusCode(200);
        String acceptKey = UUID.randomUUID().toString();
        blueDragon().header("Idempotency-Key", acceptKey).body(Map.of()).post(REFERRALS + "/" + first + "/accept").then().statusCode(200);
        blueDragon().header("Idempotency-Key", acceptKey).body(Map.of()).post(REFERRALS + "/" + first + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("history.findAll { it.type == 'ACCEPTED' }", hasSize(1));
        String commentKey = UUID.randomUUID().toString();
        blueDragon().header("Idempotency-Key", commentKey).body(Map.of("text", "Got it")).post(REFERRALS + "/" + first + "/comments").then().statusCode(201);
        blueDragon().header("Idempotency-Key", commentKey).body(Map.of("text", "Got it")).post(REFERRALS + "/" + first + "/comments").then().statusCode(201);
        as("worker").get(REFERRALS + "/" + first + "/comments").then().body("items", hasSize(1));
    }

    @Test
    void ofTwoPartiesAcceptingAndDecliningAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            String[] r = sentReferral();
            String path = REFERRALS + "/" + r[0];
            String bd = Tokens.blueDragon();
            String partner = Tokens.user("partner");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> calls = List.of(
                        () -> asToken(bd).body(Map.of()).post(path + "/accept").then().extract().statusCode(),
                        () -> asToken(partner).body(Map.of("reason", "Full")).post(path + "/decline").then().extract().statusCode());
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(calls)) {
                    codes.add(f.get());
                }
                // The loser read the version the winner replaced (412) or, reading after it, the step is no longer allowed (409).
                List<Integer> sorted = codes.stream().sorted().toList();
                assertEquals(200, sorted.get(0), "round " + round + ": " + codes);
                assertTrue(sorted.get(1) == 409 || sorted.get(1) == 412, "round " + round + ": " + codes);
            } finally {
                pool.shutdownNow();
            }
            as("worker").get(path).then().body("history.type", hasSize(3));
        }
    }

    @Test
    void anUnansweredReferralPastItsDueTimeIsOverdueToBothSidesAndCanBeEscalated() {
        String[] r = sentReferral();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE referral SET answer_due_at = now() - interval '1 minute' WHERE id = ?1")
                .setParameter(1, UUID.fromString(r[0])).executeUpdate());
        as("worker").queryParam("direction", "outgoing").queryParam("overdue", true).queryParam("size", 200).get(REFERRALS).then()
                .statusCode(200).body("items.id", hasItem(r[0])).body("items.find { it.id == '" + r[0] + "' }.overdue", equalTo(true));
        blueDragon().queryParam("direction", "incoming").queryParam("overdue", true).queryParam("size", 200).get(REFERRALS).then()
                .statusCode(200).body("items.id", hasItem(r[0]));
        as("worker").body(Map.of("note", "Please answer today")).post(REFERRALS + "/" + r[0] + "/escalate").then().statusCode(200)
                .body("status", equalTo("SENT")).body("escalatedAt", notNullValue()).body("overdue", equalTo(true));
        blueDragon().body(Map.of()).post(REFERRALS + "/" + r[0] + "/accept").then().statusCode(200).body("overdue", equalTo(false));
        blueDragon().queryParam("direction", "incoming").queryParam("overdue", true).queryParam("size", 200).get(REFERRALS).then()
                .body("items.id", not(hasItem(r[0])));
    }

    @Test
    void theChangesFeedGivesEveryStepInOrderToBothSidesAndNoDraftToTheReceiver() {
        String start = drain(ReferralResourceTest::blueDragon, null);
        String senderStart = drain(() -> as("worker"), null);
        String[] r = sentReferral();
        blueDragon().body(Map.of()).post(REFERRALS + "/" + r[0] + "/accept").then().statusCode(200);

        List<String> seen = new ArrayList<>();
        String cursor = drain(ReferralResourceTest::blueDragon, start);
        String at = start;
        while (true) {
            var page = blueDragon().queryParam("since", at).queryParam("limit", 1).get(REFERRALS + "/changes").then().statusCode(200).extract();
            List<Map<String, Object>> items = page.path("items");
            if (items.isEmpty()) {
                break;
            }
            items.stream().filter(i -> r[0].equals(i.get("referralId"))).forEach(i -> seen.add((String) i.get("type")));
            at = page.path("nextCursor");
        }
        assertEquals(List.of("SENT", "ACCEPTED"), seen);
        assertEquals(cursor, at);
        as("worker").queryParam("since", senderStart).queryParam("limit", 1000).get(REFERRALS + "/changes").then().statusCode(200)
                .body("items.findAll { it.referralId == '" + r[0] + "' }.type", contains("CREATED", "SENT", "ACCEPTED"));
        problem(blueDragon().queryParam("since", "yesterday").get(REFERRALS + "/changes").then(), 422, "validation.failed");
        problem(blueDragon().queryParam("limit", 0).get(REFERRALS + "/changes").then(), 422, "validation.failed");
    }

    /** Reads the feed to its end from {@code since}; answers the last cursor. */
    private static String drain(java.util.function.Supplier<RequestSpecification> caller, String since) {
        String cursor = since;
        while (true) {
            RequestSpecification s = cursor == null ? caller.get() : caller.get().queryParam("since", cursor);
            var page = s.queryParam("limit", 1000).get(REFERRALS + "/changes").then().statusCode(200).extract();
            List<Object> items = page.path("items");
            String next = page.path("nextCursor");
            if (items.isEmpty()) {
                return next;
            }
            cursor = next;
        }
    }
}
