package org.safereturn.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseAccessHistoryTest {
    @Test
    void theCasesWorkersReadWhoOpenedChangedAndPrintedItNewestFirstByNameAndNumber() {
        var created = as("worker").body(CaseResourceTest.intake(CaseResourceTest.person(CaseResourceTest.uniqueName(), null)))
                .post("/api/v1/intakes").then().statusCode(201).extract();
        String id = created.path("id");
        String number = created.path("caseNumber");
        as("supervisor").get("/api/v1/cases/" + id).then().statusCode(200);
        as("worker").accept("application/pdf").get("/api/v1/cases/" + id + "/receipt-record").then().statusCode(200);

        var history = as("worker").get("/api/v1/cases/" + id + "/access-history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.recordLabel", hasItem(number))
                .extract();
        List<String> actions = history.path("items.action");
        assertEquals(List.of("CASE_PRINTED", "CASE_READ", "CASE_CREATED"), actions, "newest first");
        List<String> actors = history.path("items.actorName");
        assertEquals("Nguyễn Thị Lan", actors.get(2), "the worker who received the person, by name");
        assertTrue(actors.get(1) != null && !actors.get(1).equals("supervisor"), "the supervisor by name, not user name: " + actors);
        List<Map<String, Object>> items = history.path("items");
        assertEquals("IDENTITY,CONTACT,HEALTH,NARRATIVE", items.get(1).get("fieldGroups"));

        // Reading the history is itself in the history.
        as("supervisor").get("/api/v1/cases/" + id + "/access-history").then().statusCode(200)
                .body("items[0].action", equalTo("CASE_ACCESS_HISTORY_READ"));
    }

    @Test
    void onlyTheCasesOrganizationReadsItsHistory() {
        String id = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        problem(as("operator").get("/api/v1/cases/" + id + "/access-history").then(), 403, "auth.forbidden");
        problem(as("partner").get("/api/v1/cases/" + id + "/access-history").then(), 403, "auth.forbidden");
        problem(as("worker").get("/api/v1/cases/" + java.util.UUID.randomUUID() + "/access-history").then(), 404, "resource.not-found");
    }
}
