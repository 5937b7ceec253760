package org.safereturn.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestLineLimitTest {
    @Test
    void aTooLongRequestLineIs414ProblemJsonNotTheHttpLayersBareAnswer() {
        String longSearch = "a".repeat(RequestLineLimit.MAX_URI_CHARS);
        problem(as("worker").queryParam("search", longSearch).get("/api/v1/organizations").then(), 414, "request.uri-too-long")
                .body("detail", containsString("POST"));
        // Without a token too, and far past the old 4,096 limit of the HTTP layer.
        problem(given().queryParam("q", "b".repeat(100_000)).get("/api/v1/me").then(), 414, "request.uri-too-long");
        // A long but acceptable line still reaches the API.
        as("worker").queryParam("search", "c".repeat(5_000)).get("/api/v1/organizations").then().statusCode(200);
    }
}
