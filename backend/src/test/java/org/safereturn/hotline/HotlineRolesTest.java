package org.safereturn.hotline;

import static org.hamcrest.Matchers.not;
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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** Every hotline endpoint against every role: who is refused (403, 401) and who gets through. */
@QuarkusTest
class HotlineRolesTest {
    static final String T = "/api/v1/hotline/tickets/";

    /** One call of each endpoint, by a given caller, on the given ticket. */
    record Endpoint(String name, boolean adminOnly, boolean workerOnly, java.util.function.BiFunction<RequestSpecification, String, io.restassured.response.Response> call) {}

    static List<Endpoint> endpoints() {
        Map<String, Object> call = TicketResourceTest.motherCalls(TicketResourceTest.uniquePhone());
        Map<String, Object> line = Map.of("code", "ROLES-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "number", "18000000",
                "nameVi", "x", "nameEn", "x", "organizationId", "00000000-0000-4000-a000-000000000001", "hours", "24/7", "active", true);
        return List.of(
                new Endpoint("createTicket", false, false, (r, id) -> r.body(call).post(T)),
                new Endpoint("listTickets", false, false, (r, id) -> r.get(T)),
                new Endpoint("getTicket", false, false, (r, id) -> r.get(T + id)),
                new Endpoint("updateTicket", false, false, (r, id) -> r.body(call).put(T + id)),
                new Endpoint("triageTicket", false, false, (r, id) -> r.body(Map.of("urgency", "HIGH", "categories", List.of("OTHER"))).post(T + id + "/triage")),
                new Endpoint("assignTicket", false, false, (r, id) -> r.body(Map.of("assigneeSubject", "nobody")).post(T + id + "/assign")),
                new Endpoint("startTicket", false, false, (r, id) -> r.body(Map.of()).post(T + id + "/start")),
                new Endpoint("resolveTicket", false, false, (r, id) -> r.body(Map.of("outcome", "ADVICE_GIVEN")).post(T + id + "/resolve")),
                new Endpoint("closeTicket", false, false, (r, id) -> r.body(Map.of()).post(T + id + "/close")),
                new Endpoint("reopenTicket", false, false, (r, id) -> r.body(Map.of("note", "again")).post(T + id + "/reopen")),
                new Endpoint("getTicketIntakePrefill", false, false, (r, id) -> r.get(T + id + "/intake-prefill")),
                new Endpoint("getTicketHistory", false, false, (r, id) -> r.get(T + id + "/history")),
                new Endpoint("addTicketNote", false, false, (r, id) -> r.body(Map.of("text", "x")).post(T + id + "/notes")),
                new Endpoint("scheduleTicketCallback", false, false, (r, id) -> r.body(Map.of("dueAt", OffsetDateTime.now().plusHours(1).toString())).post(T + id + "/callbacks")),
                new Endpoint("recordTicketCallback", false, false, (r, id) -> r.body(Map.of("status", "REACHED")).post(T + id + "/callbacks/" + UUID.randomUUID() + "/result")),
                new Endpoint("getTicketCallerHistory", false, false, (r, id) -> r.get(T + id + "/caller-history")),
                new Endpoint("flagTicketCaller", false, false, (r, id) -> r.body(Map.of("kind", "AT_RISK")).post(T + id + "/caller-flags")),
                new Endpoint("getHotlineConsole", false, false, (r, id) -> r.get("/api/v1/hotline/console")),
                new Endpoint("lookupCaller", false, false, (r, id) -> r.body(Map.of("phone", "0912345678")).post("/api/v1/hotline/caller-lookup")),
                new Endpoint("liftCallerFlag", false, false, (r, id) -> r.delete("/api/v1/hotline/caller-flags/" + UUID.randomUUID())),
                new Endpoint("createHotlineLine", true, false, (r, id) -> r.body(line).post("/api/v1/hotline/lines")),
                new Endpoint("updateHotlineLine", true, false, (r, id) -> r.body(line).put("/api/v1/hotline/lines/" + UUID.randomUUID())),
                new Endpoint("saveHotlineCategory", true, false, (r, id) -> r.body(Map.of("nameVi", "x", "nameEn", "x", "position", 99, "active", false))
                        .put("/api/v1/hotline/categories/ROLES_TEST")));
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
                e.call().apply(as("admin"), id).then().statusCode(not(Matchers.oneOf(401, 403, 500)));
                continue;
            }
            for (var entry : refused.entrySet()) {
                problem(e.call().apply(entry.getValue().apply(null), id).then(), 403, "auth.forbidden");
            }
            problem(e.call().apply(anonymous(), id).then(), 401, "auth.unauthenticated");
            for (String user : List.of("operator", "worker", "supervisor")) {
                e.call().apply(as(user), id).then().statusCode(not(Matchers.oneOf(401, 403, 500)));
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
