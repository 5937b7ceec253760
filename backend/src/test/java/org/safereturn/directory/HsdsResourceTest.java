package org.safereturn.directory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;
import org.safereturn.testing.Tokens;

/** The Open Referral feed, read with the real client-credentials tokens of partner and integrator clients. */
@QuarkusTest
class HsdsResourceTest {

    @Test
    void partnerClientReadsOrganizationsInHsdsShape() {
        asToken(Tokens.blueDragon()).queryParam("per_page", 5).get("/api/hsds/organizations").then().statusCode(200)
                .body("total_items", greaterThanOrEqualTo(13))
                .body("page_number", equalTo(1))
                .body("size", equalTo(5))
                .body("first_page", equalTo(true))
                .body("contents", hasSize(5))
                .body("contents[0].id", org.hamcrest.Matchers.notNullValue());
        asToken(Tokens.blueDragon()).get("/api/hsds/organizations/" + Api.SWC).then().statusCode(200)
                .body("name", equalTo("Trung tâm Công tác xã hội tỉnh Quảng Ninh"))
                .body("alternate_name", equalTo("Quang Ninh Social Work Centre"))
                .body("phones.number", hasItem("18001769"));
    }

    @Test
    void integratorReadsServicesWithTheirOrganization() {
        asToken(Tokens.integrator()).queryParam("organization_id", Api.BLUE_DRAGON).get("/api/hsds/services").then().statusCode(200)
                .body("contents.organization_id", hasItem(Api.BLUE_DRAGON))
                .body("contents.status", hasItem("active"));
        asToken(Tokens.integrator()).get("/api/hsds/services/" + ServiceResourceTest.LEGAL_AID).then().statusCode(200)
                .body("eligibility_description", org.hamcrest.Matchers.notNullValue())
                .body("languages.code", hasItem("vi"))
                .body("organization.id", equalTo(Api.BLUE_DRAGON));
    }

    @Test
    void anIntegratorPullsOnlyWhatChangedSinceItsLastPull() {
        String since = java.time.OffsetDateTime.now().minusSeconds(1).toString();
        asToken(Tokens.integrator()).queryParam("modified_after", java.time.OffsetDateTime.now().plusDays(1).toString())
                .get("/api/hsds/services").then().statusCode(200).body("total_items", equalTo(0)).body("empty", equalTo(true));
        // A new organization's service, and then the organization itself, changed after `since`.
        String organization = Api.as("admin").body(Map.of("nameVi", "Nhóm hỗ trợ " + java.util.UUID.randomUUID(), "kind", "NGO"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String service = Api.as("admin").body(Map.of("organizationId", organization, "type", "COUNSELLING", "nameVi", "Tham vấn nhóm"))
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        try {
            asToken(Tokens.integrator()).queryParam("modified_after", since).queryParam("per_page", 200).get("/api/hsds/services")
                    .then().statusCode(200).body("contents.id", hasItem(service))
                    .body("contents.id", not(hasItem(ServiceResourceTest.LEGAL_AID)));
            String afterService = java.time.OffsetDateTime.now().toString();
            asToken(Tokens.integrator()).queryParam("modified_after", afterService).get("/api/hsds/services").then().statusCode(200)
                    .body("contents.id", not(hasItem(service)));
            Api.as("admin").header("If-Match", "\"0\"").body(Map.of("nameVi", "Nhóm hỗ trợ (đổi tên) " + java.util.UUID.randomUUID(), "kind", "NGO"))
                    .put("/api/v1/organizations/" + organization).then().statusCode(200);
            asToken(Tokens.integrator()).queryParam("modified_after", afterService).get("/api/hsds/services").then().statusCode(200)
                    .body("contents.id", hasItem(service));
            problem(asToken(Tokens.integrator()).queryParam("modified_after", "yesterday").get("/api/hsds/services").then(), 422,
                    "validation.failed").body("errors[0].field", equalTo("modified_after"));
        } finally {
            Api.as("admin").header("If-Match", "\"0\"").delete("/api/v1/services/" + service).then().statusCode(204);
            Api.as("admin").header("If-Match", "\"1\"").delete("/api/v1/organizations/" + organization).then().statusCode(204);
        }
    }

    @Test
    void pagesCountFromOne() {
        problem(asToken(Tokens.blueDragon()).queryParam("page", 0).get("/api/hsds/services").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("page"));
        problem(asToken(Tokens.blueDragon()).queryParam("per_page", 1000).get("/api/hsds/services").then(), 422, "validation.failed");
        problem(asToken(Tokens.blueDragon()).get("/api/hsds/services/00000000-0000-4000-b000-999999999999").then(), 404, "resource.not-found");
    }

    @Test
    void partnerClientIsRefusedTheAdminEndpoints() {
        Map<String, Object> org = Map.of("nameVi", "Tổ chức giả", "kind", "NGO");
        problem(asToken(Tokens.blueDragon()).body(org).post("/api/v1/organizations").then(), 403, "auth.forbidden");
        problem(asToken(Tokens.blueDragon()).header("If-Match", "\"0\"").body(org).put("/api/v1/organizations/" + Api.BLUE_DRAGON).then(),
                403, "auth.forbidden");
        problem(asToken(Tokens.blueDragon()).header("If-Match", "\"0\"").delete("/api/v1/services/" + ServiceResourceTest.LEGAL_AID).then(),
                403, "auth.forbidden");
        problem(asToken(Tokens.integrator()).body(org).post("/api/v1/organizations").then(), 403, "auth.forbidden");
    }

    @Test
    void feedNeedsAToken() {
        problem(anonymous().get("/api/hsds/organizations").then(), 401, "auth.unauthenticated");
    }
}
