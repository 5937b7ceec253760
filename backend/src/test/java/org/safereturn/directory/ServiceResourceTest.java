package org.safereturn.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.audit.AuditService;
import org.safereturn.testing.Api;

@QuarkusTest
class ServiceResourceTest {
    static final String LEGAL_AID = "00000000-0000-4000-b000-000000000015";

    @Inject
    AuditService audit;

    static Map<String, Object> body(String nameVi) {
        Map<String, Object> m = new HashMap<>();
        m.put("organizationId", Api.BLUE_DRAGON);
        m.put("type", "PSYCHOLOGICAL");
        m.put("nameVi", nameVi);
        m.put("nameEn", "Trauma counselling");
        m.put("languages", List.of("vi", "en"));
        m.put("capacity", 12);
        return m;
    }

    @Test
    void everyRoleReadsServicesWithTheirOrganization() {
        for (String user : new String[] {"admin", "supervisor", "worker", "operator", "partner", "analyst", "coordinator"}) {
            as(user).get("/api/v1/services/" + LEGAL_AID).then().statusCode(200)
                    .body("type", equalTo("LEGAL_AID"))
                    .body("organizationId", equalTo(Api.BLUE_DRAGON))
                    .body("organizationName", equalTo("Tổ chức Rồng Xanh (Blue Dragon Children's Foundation)"));
        }
    }

    @Test
    void filtersByTypeOrganizationAndText() {
        as("worker").queryParam("type", "SHELTER_STAY").get("/api/v1/services").then().statusCode(200)
                .body("items.type", everyItem(equalTo("SHELTER_STAY")))
                .body("items.find { it.organizationId == '" + Api.SWC + "' }.capacity", equalTo(10));
        as("worker").queryParam("organizationId", Api.SWC).queryParam("size", 200).get("/api/v1/services").then().statusCode(200)
                .body("items.organizationId", everyItem(equalTo(Api.SWC)));
        as("worker").queryParam("q", "tro giup phap ly").get("/api/v1/services").then().statusCode(200)
                .body("items.id", hasItem(LEGAL_AID));
        problem(as("worker").queryParam("organizationId", "nope").get("/api/v1/services").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void adminCreatesUpdatesAndDeletesAService() {
        Map<String, Object> create = body("Tham vấn sang chấn " + UUID.randomUUID());
        create.put("phone", "0203 3835 155");
        create.put("email", "thamvan@example.org");
        create.put("contacts", List.of(Map.of("name", "Nguyễn Thị Hoa", "role", "Chuyên viên tham vấn", "phone", "0912 345 678")));
        String id = as("admin").body(create).post("/api/v1/services").then()
                .statusCode(201).body("languages", contains("vi", "en")).body("status", equalTo("ACTIVE"))
                .body("phone", equalTo("0203 3835 155")).body("email", equalTo("thamvan@example.org"))
                .body("contacts.name", contains("Nguyễn Thị Hoa")).body("contacts[0].role", equalTo("Chuyên viên tham vấn"))
                .extract().path("id");
        as("worker").get("/api/v1/services/" + id).then().statusCode(200).body("contacts[0].phone", equalTo("0912 345 678"));
        Map<String, Object> change = body("Tham vấn sang chấn (tạm đóng)");
        change.put("status", "TEMPORARILY_CLOSED");
        as("admin").header("If-Match", "\"0\"").body(change).put("/api/v1/services/" + id).then().statusCode(200)
                .body("status", equalTo("TEMPORARILY_CLOSED")).header("ETag", equalTo("\"1\""))
                .body("phone", org.hamcrest.Matchers.nullValue()).body("contacts", org.hamcrest.Matchers.empty());
        problem(as("admin").header("If-Match", "\"0\"").body(change).put("/api/v1/services/" + id).then(), 412, "precondition.stale");
        problem(as("admin").delete("/api/v1/services/" + id).then(), 428, "precondition.required");
        as("admin").header("If-Match", "\"1\"").delete("/api/v1/services/" + id).then().statusCode(204);
        problem(as("worker").get("/api/v1/services/" + id).then(), 404, "resource.not-found");
        assertEquals(3, audit.countFor("SERVICE", id));
    }

    @Test
    void aServiceMustBelongToAKnownOrganization() {
        Map<String, Object> request = body("Mồ côi");
        request.put("organizationId", UUID.randomUUID().toString());
        problem(as("admin").body(request).post("/api/v1/services").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void invalidFieldsAre422() {
        Map<String, Object> request = body("");
        request.put("capacity", -1);
        request.put("languages", List.of("Vietnamese"));
        request.remove("type");
        request.put("phone", "gọi cho chị Hoa");
        request.put("contacts", List.of(Map.of("role", "Luật sư")));
        problem(as("admin").body(request).post("/api/v1/services").then(), 422, "validation.failed")
                .body("errors.field", containsInAnyOrder("capacity", "languages[0]", "nameVi", "type", "phone", "contacts[0].name"));
    }

    @Test
    void onlyAdminsChangeServices() {
        for (String user : new String[] {"supervisor", "worker", "operator", "partner", "analyst", "coordinator"}) {
            problem(as(user).body(body("Không được phép")).post("/api/v1/services").then(), 403, "auth.forbidden");
            problem(as(user).header("If-Match", "\"0\"").body(body("Không được phép")).put("/api/v1/services/" + LEGAL_AID).then(),
                    403, "auth.forbidden");
        }
        problem(anonymous().get("/api/v1/services").then(), 401, "auth.unauthenticated");
    }

    @Test
    void malformedJsonAndUnknownIds() {
        problem(as("admin").body("[1,2").post("/api/v1/services").then(), 400, "request.malformed");
        problem(as("worker").get("/api/v1/services/" + UUID.randomUUID()).then(), 404, "resource.not-found");
    }
}
