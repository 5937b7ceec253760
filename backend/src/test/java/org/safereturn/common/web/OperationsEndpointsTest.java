package org.safereturn.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.safereturn.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators use without a token: health, metrics, the OpenAPI document. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthIsUpWithTheDatabaseCheck() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
    }

    @Test
    void metricsCountApiRequests() {
        as("worker").get("/api/v1/organizations").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/organizations\""));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("SafeReturn API"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
