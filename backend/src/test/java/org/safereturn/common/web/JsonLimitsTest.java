package org.safereturn.common.web;

import static org.hamcrest.Matchers.equalTo;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract states a string bound for every body field; the JSON reader enforces the widest one. */
@QuarkusTest
class JsonLimitsTest {
    @Test
    void aBodyStringLongerThanTheReadersLimitIs400AndChangesNothing() {
        String path = "/api/v1/intake-drafts/mine";
        String etag = as("supervisor").get(path).then().extract().header("ETag");
        as("supervisor").header("If-Match", etag == null ? "" : etag).delete(path).then().statusCode(204);
        problem(as("supervisor").body(Map.of("step", "story", "values", Map.of("narrative", "x".repeat(JsonLimits.MAX_STRING_CHARS + 1))))
                .put(path).then(), 400, "request.malformed");
        problem(as("supervisor").get(path).then(), 404, "intake-draft.none");
        // At the limit it is read (the draft's own rule then counts the whole form).
        as("supervisor").body(Map.of("step", "story", "values", Map.of("narrative", "x".repeat(1_000)))).put(path).then().statusCode(200)
                .body("values.narrative.length()", equalTo(1_000));
    }
}
