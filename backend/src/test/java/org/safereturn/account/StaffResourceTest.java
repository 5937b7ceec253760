package org.safereturn.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class StaffResourceTest {
    static final String STAFF = "/api/v1/staff";

    static String subjectOf(String username) {
        return as(username).get("/api/v1/me").then().statusCode(200).extract().path("subject");
    }

    static String newCase() {
        Map<String, Object> intake = Map.of("channel", "OUTREACH", "receivedAt", java.time.OffsetDateTime.now().minusHours(1).toString(),
                "person", Map.of("fullName", "Hoàng Thị Phân Công", "sex", "FEMALE", "estimatedAge", 19), "category", "AT_RISK");
        return as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract().path("id");
    }

    @Test
    void caseWorkersOfTheCallersOrganizationAreListedByNameFromKeycloak() {
        as("supervisor").get(STAFF).then().statusCode(200)
                .body("items.username", contains("worker2", "worker", "supervisor"))
                .body("items.find { it.username == 'worker2' }.name", equalTo("Lê Văn Minh"))
                .body("items.find { it.username == 'worker2' }.subject", equalTo(subjectOf("worker2")))
                .body("items.find { it.username == 'supervisor' }.roles", contains("supervisor"))
                .body("items.username", not(hasItem("operator")));
        as("worker").get(STAFF).then().statusCode(200).body("items.username", hasItem("worker"));
    }

    @Test
    void forTicketsTheOperatorsAreListedTooAndAnUnknownPurposeIs422() {
        as("operator").queryParam("purpose", "tickets").get(STAFF).then().statusCode(200)
                .body("items.username", hasItem("operator")).body("items.username", hasItem("worker"))
                .body("items.find { it.username == 'operator' }.roles", contains("hotline-operator"));
        as("operator").get(STAFF).then().statusCode(200).body("items.username", not(hasItem("operator")));
        problem(as("supervisor").queryParam("purpose", "everyone").get(STAFF).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("purpose"));
    }

    @Test
    void otherRolesMayNotListStaff() {
        for (String user : new String[] {"analyst", "admin", "coordinator"}) {
            problem(as(user).get(STAFF).then(), 403, "auth.forbidden");
        }
        problem(asToken(Tokens.blueDragon()).get(STAFF).then(), 403, "auth.forbidden");
        problem(anonymous().get(STAFF).then(), 401, "auth.unauthenticated");
    }

    @Test
    void aSupervisorAssignsACaseToAColleagueAndTheNameComesFromKeycloak() {
        String id = newCase();
        String worker2 = subjectOf("worker2");
        as("supervisor").body(Map.of("assigneeSubject", worker2)).post("/api/v1/cases/" + id + "/assign").then().statusCode(200)
                .body("assignedTo.subject", equalTo(worker2)).body("assignedTo.name", equalTo("Lê Văn Minh"));
        as("worker2").queryParam("view", "mine").queryParam("size", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(id));
        as("worker").get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("items[0].type", equalTo("ASSIGNED")).body("items[0].params.assignee", equalTo("Lê Văn Minh"));
    }

    @Test
    void assigningToSomeoneOutsideTheCaseWorkersIs422AndChangesNothing() {
        String id = newCase();
        problem(as("supervisor").body(Map.of("assigneeSubject", subjectOf("operator"))).post("/api/v1/cases/" + id + "/assign").then(),
                422, "validation.failed").body("errors[0].field", equalTo("assigneeSubject"));
        problem(as("supervisor").body(Map.of("assigneeSubject", "no-such-user")).post("/api/v1/cases/" + id + "/assign").then(),
                422, "validation.failed");
        problem(as("supervisor").body(Map.of()).post("/api/v1/cases/" + id + "/assign").then(), 422, "validation.failed");
        as("worker").get("/api/v1/cases/" + id).then().body("assignedTo.name", equalTo("Nguyễn Thị Lan")).body("version", equalTo(0));
        problem(as("worker").body(Map.of("assigneeSubject", subjectOf("worker2"))).post("/api/v1/cases/" + id + "/assign").then(),
                403, "auth.forbidden");
    }
}
