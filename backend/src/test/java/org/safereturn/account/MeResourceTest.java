package org.safereturn.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;
import org.safereturn.testing.Tokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void socialWorkerSeesHerRoleAndOrganization() {
        as("worker").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("worker"))
                .body("name", equalTo("Nguyễn Thị Lan"))
                .body("roles", contains("social-worker"))
                .body("organization.id", equalTo(Api.SWC))
                .body("organization.kind", equalTo("SOCIAL_WORK_CENTRE"));
    }

    @Test
    void everyDemoRoleIsRecognised() {
        String[][] expected = {{"admin", "admin"}, {"supervisor", "supervisor"}, {"operator", "hotline-operator"},
                {"partner", "partner"}, {"analyst", "analyst"}, {"coordinator", "club-coordinator"}};
        for (String[] e : expected) {
            as(e[0]).get("/api/v1/me").then().statusCode(200).body("roles", hasItem(e[1]));
        }
    }

    @Test
    void partnerApiClientCarriesItsOrganization() {
        asToken(Tokens.blueDragon()).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("partner"))
                .body("organization.id", equalTo(Api.BLUE_DRAGON))
                .body("organization.nameEn", equalTo("Blue Dragon Children's Foundation"));
    }

    @Test
    void integratorClientIsAnAnalyst() {
        asToken(Tokens.integrator()).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("analyst"))
                .body("organization.id", equalTo(Api.INTEGRATOR_ORG));
    }

    @Test
    void withoutTokenIs401Problem() {
        problem(anonymous().get("/api/v1/me").then(), 401, "auth.unauthenticated")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("errors", nullValue());
    }

    @Test
    void forgedTokenIs401Problem() {
        String token = Tokens.user("worker");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        problem(asToken(forged).get("/api/v1/me").then(), 401, "auth.unauthenticated");
    }
}
