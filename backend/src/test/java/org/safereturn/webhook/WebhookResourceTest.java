package org.safereturn.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** Webhooks against a small receiver this test starts on loopback (allowed over HTTP in the test profile only). */
@QuarkusTest
class WebhookResourceTest {
    static final String BLUE_DRAGON = "00000000-0000-4000-a000-000000000011";
    static final String BD_LEGAL_AID = "00000000-0000-4000-b000-000000000015";

    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    jakarta.persistence.EntityManager em;

    record Received(Map<String, String> headers, String body) {}

    private HttpServer receiver;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<String> registered = new ArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
            if (status == 204) {
                received.add(new Received(headers, body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        for (String id : registered) {
            blueDragon().delete("/api/v1/webhooks/" + id);
        }
        receiver.stop(0);
    }

    static RequestSpecification blueDragon() {
        return asToken(Tokens.blueDragon());
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    /** Registers the receiver for Blue Dragon: {id, secret}. */
    private String[] register() {
        var created = blueDragon().body(Map.of("url", hookUrl(), "description", "test receiver")).post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract();
        registered.add(created.path("id"));
        return new String[] {created.path("id"), created.path("secret")};
    }

    @Test
    void aSentReferralReachesThePartnerSignedAndADraftDoesNot() throws Exception {
        String[] hook = register();
        blueDragon().get("/api/v1/webhooks").then().statusCode(200).body("items.find { it.id == '" + hook[0] + "' }.secret", equalTo(null));
        String caseId = openCaseWithConsent();
        String referral = as("worker").body(referral(caseId)).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        deliverAll();
        assertTrue(received.isEmpty(), "the receiver is told nothing of a draft");

        as("worker").body(Map.of()).post("/api/v1/referrals/" + referral + "/send").then().statusCode(200);
        deliverAll();
        Received sent = received.stream().filter(r -> r.body().contains(referral)).findFirst().orElseThrow();
        JsonPath body = new JsonPath(sent.body());
        assertEquals("referral.sent", body.getString("type"));
        assertEquals("referral.sent", sent.headers().get("safereturn-event-type"));
        assertEquals(body.getString("id"), sent.headers().get("safereturn-event-id"));
        assertEquals(referral, body.getString("data.referralId"));
        assertEquals("SENT", body.getString("data.status"));
        assertEquals(BLUE_DRAGON, body.getString("organizationId"));
        assertFalse(sent.body().contains("Chuyển") || sent.body().contains("lawyer"), "no personal data or free text in the body");
        long timestamp = Long.parseLong(sent.headers().get("safereturn-timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 300);
        assertEquals(WebhookSigner.signature(hook[1], timestamp, sent.body()), sent.headers().get("safereturn-signature"));

        blueDragon().queryParam("webhookId", hook[0]).queryParam("status", "DELIVERED").get("/api/v1/webhook-deliveries").then()
                .statusCode(200).body("items[0].eventType", equalTo("referral.sent")).body("items[0].attempts", equalTo(1))
                .body("items[0].url", equalTo(hookUrl())).body("items[0].body", equalTo(sent.body()));
    }

    @Test
    void aFailingEndpointIsRetriedThenDeadLetteredAndCanBeReplayed() throws Exception {
        String[] hook = register();
        failuresLeft.set(2);
        String caseId = openCaseWithConsent();
        String referral = sent(caseId);
        deliverAll();
        assertEquals(1, received.stream().filter(r -> r.body().contains(referral)).count(), "delivered on the third try");
        blueDragon().queryParam("webhookId", hook[0]).get("/api/v1/webhook-deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(3));

        received.clear();
        failuresLeft.set(100);
        blueDragon().body(Map.of()).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200);
        deliverAll();
        var dead = blueDragon().queryParam("webhookId", hook[0]).queryParam("status", "DEAD").get("/api/v1/webhook-deliveries")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].eventType", equalTo("referral.accepted"))
                .body("items[0].attempts", equalTo(3)).body("items[0].lastStatusCode", equalTo(503)).extract();
        String deliveryId = dead.path("items[0].id");

        // A partner that missed it catches up from the changes feed ...
        blueDragon().queryParam("limit", 1000).get("/api/v1/referrals/changes").then().statusCode(200)
                .body("items.findAll { it.referralId == '" + referral + "' }.type", org.hamcrest.Matchers.hasItem("ACCEPTED"));
        // ... and, once its endpoint works again, has it sent again.
        failuresLeft.set(0);
        blueDragon().post("/api/v1/webhook-deliveries/" + deliveryId + "/replay").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        problem(blueDragon().post("/api/v1/webhook-deliveries/" + deliveryId + "/replay").then(), 409, "webhook.delivery-pending");
        deliverAll();
        assertTrue(received.stream().anyMatch(r -> r.body().contains("referral.accepted") && r.body().contains(referral)));
    }

    @Test
    void aDeliveryClaimedByACopyThatStoppedIsSentOnceItsLeaseRunsOut() throws Exception {
        register();
        String referral = sent(openCaseWithConsent());
        OffsetDateTime now = OffsetDateTime.now();
        var claimed = dispatcher.claim(now);          // the copy claims it, then stops before sending
        assertTrue(claimed.stream().anyMatch(c -> c.body().contains(referral)));
        assertTrue(dispatcher.claim(now).stream().noneMatch(c -> c.body().contains(referral)), "nobody else takes it while the lease runs");
        var again = dispatcher.claim(now.plus(Duration.ofMinutes(2)));   // the lease has run out
        var mine = again.stream().filter(c -> c.body().contains(referral)).findFirst().orElseThrow();
        assertEquals(2, mine.attempt());
        dispatcher.deliver(mine);
        assertTrue(received.stream().anyMatch(r -> r.body().contains(referral)));
    }

    @Test
    void badEndpointsAreRefusedAndNothingIsRegistered() {
        int before = blueDragon().get("/api/v1/webhooks").then().statusCode(200).extract().path("items.size()");
        for (String url : List.of("http://partner.example.org/hook", "https://10.1.2.3/hook", "https://localhost/hook",
                "https://[::1]/hook", "not a url", "ftp://127.0.0.1/hook")) {
            problem(blueDragon().body(Map.of("url", url)).post("/api/v1/webhooks").then(), 422, "validation.failed")
                    .body("errors[0].field", equalTo("url"));
        }
        problem(blueDragon().body(Map.of()).post("/api/v1/webhooks").then(), 422, "validation.failed");
        blueDragon().get("/api/v1/webhooks").then().statusCode(200).body("items.size()", equalTo(before));
    }

    @Test
    void theOwnerRemovesAWebhookAndNothingIsSentToItAnyMore() {
        String[] hook = register();
        blueDragon().delete("/api/v1/webhooks/" + hook[0]).then().statusCode(204);
        blueDragon().get("/api/v1/webhooks").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(hook[0])));
        // Gone: a second removal finds nothing.
        problem(blueDragon().delete("/api/v1/webhooks/" + hook[0]).then(), 404, "resource.not-found");
    }

    @Test
    void rolesAndOrganizationsAreKeptApart() {
        String[] hook = register();
        for (String user : new String[] {"worker", "operator", "analyst", "coordinator"}) {
            problem(as(user).get("/api/v1/webhooks").then(), 403, "auth.forbidden");
            problem(as(user).get("/api/v1/webhook-deliveries").then(), 403, "auth.forbidden");
        }
        problem(asToken(Tokens.integrator()).body(Map.of("url", hookUrl())).post("/api/v1/webhooks").then(), 403, "auth.forbidden");
        problem(asToken(Tokens.worldVision()).delete("/api/v1/webhooks/" + hook[0]).then(), 404, "resource.not-found");
        asToken(Tokens.worldVision()).queryParam("webhookId", hook[0]).get("/api/v1/webhook-deliveries").then().statusCode(200)
                .body("items", hasSize(0));
        problem(asToken(Tokens.worldVision()).post("/api/v1/webhook-deliveries/" + UUID.randomUUID() + "/replay").then(), 404, "resource.not-found");
        problem(blueDragon().queryParam("status", "LOST").get("/api/v1/webhook-deliveries").then(), 422, "validation.failed");
        as("partner").get("/api/v1/webhooks").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(hook[0]));
    }

    @Test
    void aRotatedSecretSignsAlongsideTheOldOneUntilItsGraceEndsAndOnlyChosenEventTypesAreSent() throws Exception {
        var created = blueDragon().body(Map.of("url", hookUrl(), "eventTypes", List.of("referral.cancelled"))).post("/api/v1/webhooks")
                .then().statusCode(201).body("eventTypes", org.hamcrest.Matchers.contains("referral.cancelled")).extract();
        String id = created.path("id");
        String oldSecret = created.path("secret");
        registered.add(id);
        String newSecret = blueDragon().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", startsWith("whsec_")).body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue())
                .extract().path("secret");

        String caseId = openCaseWithConsent();
        String referral = as("worker").body(referral(caseId)).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as("worker").body(Map.of()).post("/api/v1/referrals/" + referral + "/send").then().statusCode(200);
        as("worker").body(Map.of("reason", "Found another service")).post("/api/v1/referrals/" + referral + "/cancel").then().statusCode(200);
        deliverAll();
        List<Received> mine = received.stream().filter(r -> r.body().contains(referral)).toList();
        assertEquals(List.of("referral.cancelled"), mine.stream().map(r -> r.headers().get("safereturn-event-type")).toList(),
                "only the chosen type is sent");
        Received cancelled = mine.get(0);
        long timestamp = Long.parseLong(cancelled.headers().get("safereturn-timestamp"));
        assertEquals(WebhookSigner.signature(newSecret, timestamp, cancelled.body()) + "," + WebhookSigner.signature(oldSecret, timestamp, cancelled.body()),
                cancelled.headers().get("safereturn-signature"));

        // After the grace period the old secret signs nothing.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE webhook_subscription SET previous_secret_until = now() - interval '1 minute' WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id).executeUpdate());
        blueDragon().body(Map.of("eventTypes", List.of())).put("/api/v1/webhooks/" + id + "/event-types").then().statusCode(200)
                .body("eventTypes", org.hamcrest.Matchers.empty()).body("previousSecretValidUntil", equalTo(null));
        received.clear();
        String second = as("worker").body(referral(caseId)).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as("worker").body(Map.of()).post("/api/v1/referrals/" + second + "/send").then().statusCode(200);
        deliverAll();
        Received sent = received.stream().filter(r -> r.body().contains(second)).findFirst().orElseThrow();
        long at = Long.parseLong(sent.headers().get("safereturn-timestamp"));
        assertEquals(WebhookSigner.signature(newSecret, at, sent.body()), sent.headers().get("safereturn-signature"));
    }

    @Test
    void ofTwoRotationsFromTheSameVersionOneIs412SoNoPartnerKeepsASecretThatNeverSigns() {
        String[] hook = register();
        String path = "/api/v1/webhooks/" + hook[0];
        problem(io.restassured.RestAssured.given().auth().oauth2(Tokens.blueDragon()).contentType("application/json").post(path + "/rotate-secret").then(), 428, "precondition.required");
        io.restassured.RestAssured.given().auth().oauth2(Tokens.blueDragon()).contentType("application/json").header("If-Match", "\"0\"")
                .post(path + "/rotate-secret").then().statusCode(200).header("ETag", equalTo("\"1\""));
        problem(io.restassured.RestAssured.given().auth().oauth2(Tokens.blueDragon()).contentType("application/json").header("If-Match", "\"0\"")
                .post(path + "/rotate-secret").then(), 412, "precondition.stale");
        problem(io.restassured.RestAssured.given().auth().oauth2(Tokens.blueDragon()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("eventTypes", List.of("referral.sent"))).put(path + "/event-types").then(), 412, "precondition.stale");
        problem(io.restassured.RestAssured.given().auth().oauth2(Tokens.blueDragon()).header("If-Match", "\"0\"").delete(path).then(),
                412, "precondition.stale");
        blueDragon().get("/api/v1/webhooks").then().body("items.find { it.id == '" + hook[0] + "' }.version", equalTo(1))
                .body("items.find { it.id == '" + hook[0] + "' }.eventTypes", org.hamcrest.Matchers.empty());
        io.restassured.RestAssured.given().auth().oauth2(Tokens.blueDragon()).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
    }

    @Test
    void unknownEventTypesAre422AndChangeNothing() {
        String[] hook = register();
        problem(blueDragon().body(Map.of("eventTypes", List.of("referral.sent", "case.read"))).put("/api/v1/webhooks/" + hook[0] + "/event-types").then(),
                422, "validation.failed").body("errors[0].field", equalTo("eventTypes[1]"));
        blueDragon().get("/api/v1/webhooks").then().body("items.find { it.id == '" + hook[0] + "' }.eventTypes", org.hamcrest.Matchers.empty());
        problem(asToken(Tokens.worldVision()).post("/api/v1/webhooks/" + hook[0] + "/rotate-secret").then(), 404, "resource.not-found");
    }

    private void deliverAll() throws InterruptedException {
        // Rounds until nothing is due any more; retries in the test profile wait some 50-200 ms.
        long until = System.currentTimeMillis() + 10_000;
        BooleanSupplier pending = () -> blueDragon().queryParam("status", "PENDING").get("/api/v1/webhook-deliveries")
                .then().extract().<Integer>path("total") > 0;
        do {
            dispatcher.dispatchDue();
            Thread.sleep(60);
        } while (pending.getAsBoolean() && System.currentTimeMillis() < until);
    }

    private static String openCaseWithConsent() {
        String name = "Lò Thị Chuyển " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new HashMap<>(Map.of("fullName", name, "sex", "FEMALE", "estimatedAge", 17));
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "BORDER_GUARD_HANDOVER", "receivedAt",
                OffsetDateTime.now().minusHours(5).toString(), "person", person, "category", "PRESUMED_VICTIM"));
        var created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract();
        as("worker").body(new HashMap<>(Map.of("personId", created.path("person.id"), "givenBy", "PERSON", "purpose", "SHARE_WITH_ORGANIZATION",
                        "organizationId", BLUE_DRAGON, "fieldGroups", List.of("IDENTITY"), "givenAt", OffsetDateTime.now().minusMinutes(5).toString(),
                        "method", "SIGNED_FORM")))
                .post("/api/v1/cases/" + created.path("id") + "/consents").then().statusCode(201);
        return created.path("id");
    }

    private static Map<String, Object> referral(String caseId) {
        return new HashMap<>(Map.of("caseId", caseId, "receiverOrganizationId", BLUE_DRAGON, "serviceId", BD_LEGAL_AID,
                "urgency", "URGENT", "reason", "Needs a lawyer for the case against the recruiter",
                "requestedBy", LocalDate.now().plusDays(7).toString(), "fieldGroups", List.of("IDENTITY")));
    }

    private static String sent(String caseId) {
        String id = as("worker").body(referral(caseId)).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as("worker").body(Map.of()).post("/api/v1/referrals/" + id + "/send").then().statusCode(200);
        return id;
    }
}
