package org.safereturn.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class IntakeDraftResourceTest {
    static final String MINE = "/api/v1/intake-drafts/mine";

    @Inject
    EntityManager em;

    @Test
    void aDraftIsKeptEncryptedForItsAuthorOnlyAndGoesWhenTheIntakeIsSent() {
        as("supervisor").delete(MINE).then().statusCode(204);
        Map<String, Object> values = Map.of("person", Map.of("fullName", "Hà Thị Nháp", "phone", "0912 000 111"), "narrative", "Bán sang Trung Quốc");
        as("supervisor").body(Map.of("step", "person", "values", values)).put(MINE).then().statusCode(200)
                .body("step", equalTo("person")).body("savedAt", notNullValue()).body("expiresAt", notNullValue())
                .header("Cache-Control", equalTo("no-store"));
        as("supervisor").get(MINE).then().statusCode(200).body("values.person.fullName", equalTo("Hà Thị Nháp"))
                .body("values.narrative", equalTo("Bán sang Trung Quốc"));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT content_enc FROM intake_draft ORDER BY saved_at DESC LIMIT 1").getSingleResult());
        assertTrue(stored.startsWith("v2:"));
        assertFalse(stored.contains("Nháp"));

        // Nobody else reads it: not a colleague, not another role.
        problem(as("worker").get(MINE).then(), 404, "intake-draft.none");
        problem(as("analyst").get(MINE).then(), 403, "auth.forbidden");
        problem(asToken(Tokens.blueDragon()).get(MINE).then(), 403, "auth.forbidden");

        // Sending an intake removes the author's draft.
        as("supervisor").body(CaseResourceTest.intake(CaseResourceTest.person(CaseResourceTest.uniqueName(), null)))
                .post("/api/v1/intakes").then().statusCode(201);
        problem(as("supervisor").get(MINE).then(), 404, "intake-draft.none");
    }

    @Test
    void badDraftsAre422AndChangeNothing() {
        as("worker2").body(Map.of("step", "story", "values", Map.of("narrative", "giữ lại"))).put(MINE).then().statusCode(200);
        problem(as("worker2").body(Map.of("step", "somewhere", "values", Map.of())).put(MINE).then(), 422, "validation.failed");
        problem(as("worker2").body(Map.of("step", "story", "values", List.of(1, 2))).put(MINE).then(), 422, "validation.failed");
        problem(as("worker2").body(Map.of("step", "story", "values", Map.of("narrative", "x".repeat(200_001)))).put(MINE).then(),
                422, "validation.failed");
        as("worker2").get(MINE).then().statusCode(200).body("step", equalTo("story")).body("values.narrative", equalTo("giữ lại"));
        as("worker2").delete(MINE).then().statusCode(204);
        problem(as("worker2").get(MINE).then(), 404, "intake-draft.none");
    }
}
