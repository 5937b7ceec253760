package org.safereturn.hotline;

import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** Every hotline endpoint against every role: who is refused (403, 401) and who gets through. */
@QuarkusTest
class HotlineRolesTest {
    static final String T = "/api/v1/hotline/tickets/";

    /**
     * One call of each endpoint, by a given caller, on the given ticket, and the answers a caller
     * the role gate lets through may get: each status with the problem code it must carry ("" for
     * a success). A 404 or 422 counts only where it is the endpoint's own rule speaking.
     */
    record Endpoint(String name, boolean adminOnly, boolean workerOnly, java.util.function.BiFunction<RequestSpecification, String, io.restassured.response.Response> call,
                    Map<Integer, String> answers) {
        Endpoint(String name, boolean adminOnly, boolean workerOnly, java.util.function.BiFunction<RequestSpecification, String, io.restassured.response.Response> call,
                 int success) {
            this(name, adminOnly, workerOnly, call, Map.of(success, ""));
        }
    }

    /** A step the three roles take in turn: the first takes it, the next find it already taken. */
    static Map<Integer, String> stepOrTaken() {
        return Map.of(200, "", 409, "ticket.invalid-transition");
    }

    static void passesTheGate(Endpoint e, String user, io.restassured.response.Response r) {
        int status = r.statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(e.answers().containsKey(status),
                e.name() + " as " + user + " answered " + status + ": " + r.asString());
        String code = e.answers().get(status);
        if (!code.isEmpty()) {
            org.junit.jupiter.api.Assertions.assertEquals(code, r.jsonPath().getString("code"), e.name() + " as " + user);
        }
    }

    static List<Endpoint> endpoints() {
        Map<String, Object> call = TicketResourceTest.motherCalls(TicketResourceTest.uniquePhone());
        Map<String, Object> line = Map.of("code", "ROLES-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "number", "18000000",
                "nameVi", "x", "nameEn", "x", "organizationId", "00000000-0000-4000-a000-000000000001", "hours", "24/7", "active", true);
        return List.of(
                new Endpoint("createTicket", false, false, (r, id) -> r.body(call).post(T), 201),
                new Endpoint("listTickets", false, false, (r, id) -> r.get(T), 200),
                new Endpoint("getTicket", false, false, (r, id) -> r.get(T + id), 200),
                new Endpoint("updateTicket", false, false, (r, id) -> r.body(call).put(T + id), 200),
                new Endpoint("triageTicket", false, false, (r, id) -> r.body(Map.of("urgency", "HIGH", "categories", List.of("OTHER"))).post(T + id + "/triage"), 200),
                new Endpoint("assignTicket", false, false, (r, id) -> r.body(Map.of("assigneeSubject", "nobody")).post(T + id + "/assign"),
                        Map.of(422, "validation.failed")),
                new Endpoint("startTicket", false, false, (r, id) -> r.body(Map.of()).post(T + id + "/start"), stepOrTaken()),
                new Endpoint("resolveTicket", false, false, (r, id) -> r.body(Map.of("outcome", "ADVICE_GIVEN")).post(T + id + "/resolve"), stepOrTaken()),
                new Endpoint("closeTicket", false, false, (r, id) -> r.body(Map.of()).post(T + id + "/close"), stepOrTaken()),
                new Endpoint("reopenTicket", false, false, (r, id) -> r.body(Map.of("note", "again")).post(T + id + "/reopen"), stepOrTaken()),
                new Endpoint("getTicketIntakePrefill", false, false, (r, id) -> r.get(T + id + "/intake-prefill"), 200),
                new Endpoint("getTicketHistory", false, false, (r, id) -> r.get(T + id + "/history"), 200),
                new Endpoint("addTicketNote", false, false, (r, id) -> r.body(Map.of("text", "x")).post(T + id + "/notes"), 201),
                new Endpoint("scheduleTicketCallback", false, false, (r, id) -> r.body(Map.of("dueAt", OffsetDateTime.now().plusHours(1).toString())).post(T + id + "/callbacks"), 201),
                new Endpoint("recordTicketCallback", false, false, (r, id) -> r.body(Map.of("status", "REACHED")).post(T + id + "/callbacks/" + UUID.randomUUID() + "/result"),
                        Map.of(404, "resource.not-found")),
                new Endpoint("getTicketCallerHistory", false, false, (r, id) -> r.get(T + id + "/caller-history"), 200),
                new Endpoint("flagTicketCaller", false, false, (r, id) -> r.body(Map.of("kind", "AT_RISK")).post(T + id + "/caller-flags"), 201),
                new Endpoint("getHotlineConsole", false, false, (r, id) -> r.get("/api/v1/hotline/console"), 200),
                new Endpoint("lookupCaller", false, false, (r, id) -> r.body(Map.of("phone", "0912345678")).post("/api/v1/hotline/caller-lookup"), 200),
                new Endpoint("liftCallerFlag", false, false, (r, id) -> r.delete("/api/v1/hotline/caller-flags/" + UUID.randomUUID()),
                        Map.of(404, "resource.not-found")),
                new Endpoint("createHotlineLine", true, false, (r, id) -> r.body(line).post("/api/v1/hotline/lines"), 201),
                new Endpoint("updateHotlineLine", true, false, (r, id) -> r.body(line).put("/api/v1/hotline/lines/" + UUID.randomUUID()),
                        Map.of(404, "resource.not-found")),
                new Endpoint("saveHotlineCategory", true, false, (r, id) -> r.body(Map.of("nameVi", "x", "nameEn", "x", "position", 99, "active", false))
                        .put("/api/v1/hotline/categories/ROLES_TEST"), Map.of(200, "", 201, "")));
    }

    @Test
    void operatorsWorkersAndSupervisorsReachEveryTicketEndpointAndNoOtherRoleDoes() {
        String id = TicketResourceTest.create("operator", TicketResourceTest.motherCalls(TicketResourceTest.uniquePhone()));
        Map<String, Function<Void, RequestSpecification>> refused = Map.of(
                "analyst", v -> as("analyst"), "admin", v -> as("admin"), "coordinator", v -> as("coordinator"),
                "partner", v -> as("partner"), "blue-dragon-api", v -> asToken(Tokens.blueDragon()));
        for (Endpoint e : endpoints()) {
            if (e.adminOnly()) {
                for (String user : List.of("operator", "worker", "supervisor", "analyst")) {
                    problem(e.call().apply(as(user), id).then(), 403, "auth.forbidden");
                }
                passesTheGate(e, "admin", e.call().apply(as("admin"), id));
                continue;
            }
            for (var entry : refused.entrySet()) {
                problem(e.call().apply(entry.getValue().apply(null), id).then(), 403, "auth.forbidden");
            }
            problem(e.call().apply(anonymous(), id).then(), 401, "auth.unauthenticated");
            for (String user : List.of("operator", "worker", "supervisor")) {
                passesTheGate(e, user, e.call().apply(as(user), id));
            }
        }
        // The reference data: everyone who works tickets, admins, and analysts for the taxonomy.
        for (String user : List.of("operator", "worker", "supervisor", "admin")) {
            as(user).get("/api/v1/hotline/lines").then().statusCode(200);
            as(user).get("/api/v1/hotline/categories").then().statusCode(200);
        }
        problem(as("analyst").get("/api/v1/hotline/lines").then(), 403, "auth.forbidden");
        problem(as("partner").get("/api/v1/hotline/categories").then(), 403, "auth.forbidden");
    }
}
