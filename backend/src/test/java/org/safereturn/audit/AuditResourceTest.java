package org.safereturn.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {
    @Inject
    AgroalDataSource db;

    @Test
    void everyChangeAndReadIsFoundInTheTrail() {
        String name = "Tổ chức kiểm toán " + UUID.randomUUID();
        String id = as("admin").body(Map.of("nameVi", name, "kind", "NGO"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String adminName = as("admin").get("/api/v1/me").then().statusCode(200).extract().path("name");
        as("admin").queryParam("recordType", "ORGANIZATION").queryParam("recordId", id).get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("ORGANIZATION_CREATED"))
                .body("items[0].actorUsername", equalTo("admin"))
                // Readable: the actor's name and the record's own name, not only codes and ids.
                .body("items[0].actorName", equalTo(adminName))
                .body("items[0].recordLabel", equalTo(name));
        as("supervisor").queryParam("actor", "admin").get("/api/v1/audit").then().statusCode(200)
                .body("items.organizationId", everyItem(equalTo("00000000-0000-4000-a000-000000000001")));
        problem(as("admin").queryParam("from", "yesterday").get("/api/v1/audit").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("from"));
        problem(as("admin").queryParam("action", "CASE_EATEN").get("/api/v1/audit").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("action"));
        for (String user : new String[] {"worker", "operator", "partner", "analyst", "coordinator"}) {
            problem(as(user).get("/api/v1/audit").then(), 403, "auth.forbidden");
            problem(as(user).get("/api/v1/audit/verification").then(), 403, "auth.forbidden");
        }
    }

    @Test
    void theChainVerifiesAndATamperedEventIsFound() throws Exception {
        as("admin").body(Map.of("nameVi", "Tổ chức chuỗi " + UUID.randomUUID(), "kind", "NGO")).post("/api/v1/organizations").then().statusCode(201);
        as("admin").get("/api/v1/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true)).body("checked", greaterThan(0)).body("firstBrokenEventId", nullValue());
        long victim;
        String original;
        try (var c = org.safereturn.testing.OwnerDatabase.connect(); var s = c.createStatement()) {
            var rs = s.executeQuery("SELECT id, actor_username FROM audit_event WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1 OFFSET 1");
            rs.next();
            victim = rs.getLong(1);
            original = rs.getString(2);
            s.executeUpdate("UPDATE audit_event SET actor_username = 'someone-else' WHERE id = " + victim);
        }
        try {
            as("supervisor").get("/api/v1/audit/verification").then().statusCode(200)
                    .body("valid", equalTo(false)).body("firstBrokenEventId", equalTo((int) victim));
        } finally {
            try (var c = org.safereturn.testing.OwnerDatabase.connect(); var s = c.prepareStatement("UPDATE audit_event SET actor_username = ? WHERE id = ?")) {
                s.setString(1, original);
                s.setLong(2, victim);
                s.executeUpdate();
            }
        }
        as("admin").get("/api/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }
}
