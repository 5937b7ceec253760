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

    /** Discards the user's draft, whatever its version, so a test starts without one. */
    static void noDraft(String user) {
        String etag = as(user).get(MINE).then().extract().header("ETag");
        as(user).header("If-Match", etag == null ? "" : etag).delete(MINE).then().statusCode(204);
    }

    @Test
    void aDraftIsKeptEncryptedForItsAuthorOnlyAndGoesWhenTheIntakeIsSent() {
        noDraft("supervisor");
        Map<String, Object> values = Map.of("person", Map.of("fullName", "Hà Thị Nháp", "phone", "0912 000 111"), "narrative", "Bán sang Trung Quốc");
        as("supervisor").body(Map.of("step", "person", "values", values)).put(MINE).then().statusCode(200)
                .body("step", equalTo("person")).body("savedAt", notNullValue()).body("expiresAt", notNullValue())
                .body("version", equalTo(0)).header("ETag", equalTo("\"0\""))
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
    void twoTabsOfOneAuthorCannotOverwriteEachOthersDraft() {
        noDraft("worker");
        Map<String, Object> first = Map.of("step", "person", "values", Map.of("person", Map.of("fullName", "Tab Một")));
        Map<String, Object> second = Map.of("step", "story", "values", Map.of("narrative", "Tab hai"));
        // The first save sends no If-Match; once the draft exists, a save without one is 428.
        as("worker").body(first).put(MINE).then().statusCode(200).header("ETag", equalTo("\"0\""));
        problem(as("worker").body(second).put(MINE).then(), 428, "precondition.required");
        // Both tabs read version 0; the first saves over it, the second's autosave is then 412.
        as("worker").header("If-Match", "\"0\"").body(first).put(MINE).then().statusCode(200).header("ETag", equalTo("\"1\""));
        problem(as("worker").header("If-Match", "\"0\"").body(second).put(MINE).then(), 412, "precondition.stale");
        as("worker").get(MINE).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("values.person.fullName", equalTo("Tab Một"));
        // A discard names the version too; a tab saving over a discarded draft is 412, not a new draft.
        problem(as("worker").delete(MINE).then(), 428, "precondition.required");
        problem(as("worker").header("If-Match", "\"0\"").delete(MINE).then(), 412, "precondition.stale");
        as("worker").header("If-Match", "\"1\"").delete(MINE).then().statusCode(204);
        problem(as("worker").header("If-Match", "\"1\"").body(second).put(MINE).then(), 412, "precondition.stale");
        problem(as("worker").get(MINE).then(), 404, "intake-draft.none");
    }

    @Test
    void badDraftsAre422AndChangeNothing() {
        noDraft("worker2");
        as("worker2").body(Map.of("step", "story", "values", Map.of("narrative", "giữ lại"))).put(MINE).then().statusCode(200);
        problem(as("worker2").body(Map.of("step", "somewhere", "values", Map.of())).put(MINE).then(), 422, "validation.failed");
        problem(as("worker2").body(Map.of("step", "story", "values", List.of(1, 2))).put(MINE).then(), 422, "validation.failed");
        // Each string within the JSON reader's limit, the form as a whole over the draft's 200,000 characters.
        problem(as("worker2").body(Map.of("step", "story", "values", Map.of("narrative", "x".repeat(100_001), "notes", "y".repeat(100_001))))
                .put(MINE).then(), 422, "validation.failed");
        as("worker2").get(MINE).then().statusCode(200).body("step", equalTo("story")).body("values.narrative", equalTo("giữ lại"))
                .header("ETag", equalTo("\"0\""));
        as("worker2").header("If-Match", "\"0\"").delete(MINE).then().statusCode(204);
        problem(as("worker2").get(MINE).then(), 404, "intake-draft.none");
    }
}
