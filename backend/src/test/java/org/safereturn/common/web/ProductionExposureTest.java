package org.safereturn.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.safereturn.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With production's settings: metrics and Swagger UI are closed, health open, and no API answer is cached. */
@QuarkusTest
@TestProfile(ProductionExposureTest.ProductionSettings.class)
class ProductionExposureTest {
    public static class ProductionSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.permission.ops.policy", "deny");
        }
    }

    @Test
    void metricsAndSwaggerUiAreClosedAndHealthIsOpen() {
        given().get("/q/metrics").then().statusCode(org.hamcrest.Matchers.oneOf(401, 403));
        given().get("/q/swagger-ui/").then().statusCode(org.hamcrest.Matchers.oneOf(401, 403));
        as("admin").get("/q/metrics").then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void apiAnswersWithPersonalDataAreNeverStored() {
        as("worker").get("/api/v1/cases").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        as("worker").get("/api/v1/cases/00000000-0000-4000-a000-00000000dead").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
    }
}
