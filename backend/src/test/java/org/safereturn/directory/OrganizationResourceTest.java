package org.safereturn.directory;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.audit.AuditService;
import org.safereturn.testing.Api;
import org.safereturn.testing.Tokens;

@QuarkusTest
class OrganizationResourceTest {
    @Inject
    AuditService audit;

    static Map<String, Object> body(String nameVi) {
        return Map.of(
                "nameVi", nameVi,
                "nameEn", "Test shelter",
                "kind", "SHELTER",
                "placeCode", "06685",
                "postalCode", "01000",
                "description", "Nơi ở an toàn cho phụ nữ và trẻ em trở về",
                "phone", "0203 3835 155",
                "email", "contact@example.org",
                "hotlines", java.util.List.of("18001769"),
                "contacts", java.util.List.of(Map.of("name", "Nguyễn Văn An", "role", "Giám đốc")));
    }

    static Response create(String nameVi) {
        return as("admin").body(body(nameVi)).post("/api/v1/organizations");
    }

    @Test
    void namesSortInVietnameseOrder() {
        List<String> names = as("worker").queryParam("sort", "nameVi,asc").queryParam("size", 200).get("/api/v1/organizations")
                .then().statusCode(200).extract().path("items.nameVi");
        int firstD = -1;
        int lastDStroke = -1;
        int firstT = -1;
        for (int i = 0; i < names.size(); i++) {
            char c = names.get(i).charAt(0);
            if (c == 'D' && firstD < 0) {
                firstD = i;
            }
            if (c == 'Đ') {
                lastDStroke = i;
            }
            if (c == 'T' && firstT < 0) {
                firstT = i;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(lastDStroke >= 0 && firstT >= 0, "the demo directory has names in Đ and T: " + names);
        // "Đồn Biên phòng …" comes after the D names and before the T names, not after "Z" as by code point.
        org.junit.jupiter.api.Assertions.assertTrue(lastDStroke < firstT, names.toString());
        org.junit.jupiter.api.Assertions.assertTrue(firstD < 0 || firstD < lastDStroke, names.toString());
    }

    @Test
    void everySignedInRoleReadsTheDirectory() {
        for (String user : new String[] {"admin", "supervisor", "worker", "operator", "partner", "analyst", "coordinator"}) {
            as(user).get("/api/v1/organizations").then().statusCode(200)
                    .body("total", greaterThanOrEqualTo(13)).body("page", equalTo(0)).body("size", equalTo(20));
        }
        asToken(Tokens.blueDragon()).get("/api/v1/organizations/" + Api.SWC).then().statusCode(200)
                .body("hotlines", hasItem("18001769"));
    }

    @Test
    void filtersByKindAndSearchesWithoutToneMarks() {
        as("worker").queryParam("kind", "CLUB").queryParam("size", 200).get("/api/v1/organizations").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("CLUB")))
                .body("items.id", hasItem("00000000-0000-4000-a000-000000000010"));
        as("worker").queryParam("q", "tuan chau").get("/api/v1/organizations").then().statusCode(200)
                .body("items.id", hasItem("00000000-0000-4000-a000-000000000010"));
        as("worker").queryParam("q", "%").get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void pagesAndSorts() {
        as("worker").queryParam("size", 5).queryParam("page", 1).queryParam("sort", "nameVi,desc")
                .get("/api/v1/organizations").then().statusCode(200)
                .body("items", hasSize(5)).body("page", equalTo(1)).body("size", equalTo(5));
    }

    @Test
    void badFiltersAre422NamingTheParameter() {
        problem(as("worker").queryParam("kind", "BANK").get("/api/v1/organizations").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("kind"));
        problem(as("worker").queryParam("page", -1).get("/api/v1/organizations").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void adminCreatesAnOrganizationWithLocationEtagAndAudit() {
        Response created = create("Nhà tạm lánh thử nghiệm " + UUID.randomUUID());
        created.then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("SHELTER"))
                .body("status", equalTo("ACTIVE"))
                .body("contacts[0].name", equalTo("Nguyễn Văn An"))
                .body("postalCode", equalTo("01000"))
                .body("description", equalTo("Nơi ở an toàn cho phụ nữ và trẻ em trở về"))
                .body("version", equalTo(0));
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/organizations/" + id));
        as("worker").get("/api/v1/organizations/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        assertEquals(1, audit.countFor("ORGANIZATION", id));
    }

    @Test
    void aClientChosenIdMakesARetryAConflictNotADuplicate() {
        UUID id = UUID.randomUUID();
        Map<String, Object> request = new java.util.HashMap<>(body("Tổ chức có id " + id));
        request.put("id", id.toString());
        as("admin").body(request).post("/api/v1/organizations").then().statusCode(201).body("id", equalTo(id.toString()));
        problem(as("admin").body(request).post("/api/v1/organizations").then(), 409, "resource.exists");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstResult() {
        String key = UUID.randomUUID().toString();
        String name = "Tổ chức thử lại " + key;
        String first = as("admin").header("Idempotency-Key", key).body(body(name)).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
        as("admin").header("Idempotency-Key", key).body(body(name)).post("/api/v1/organizations")
                .then().statusCode(201).body("id", equalTo(first));
        as("admin").queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(1));
        problem(as("admin").header("Idempotency-Key", key).body(body(name + " khác")).post("/api/v1/organizations").then(),
                422, "idempotency.key-reused");
        problem(as("admin").header("Idempotency-Key", "x".repeat(201)).body(body(name)).post("/api/v1/organizations").then(),
                422, "validation.failed").body("errors[0].field", equalTo("Idempotency-Key"));
        as("admin").queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(1));
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Tổ chức song song " + key;
        String token = Tokens.user("admin");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> asToken(token).header("Idempotency-Key", key).body(body(name))
                        .post("/api/v1/organizations").then().statusCode(201).extract().<String>path("id")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                ids.add(answer.get());
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdown();
        }
        as("admin").queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(1));
    }

    @Test
    void onlyAdminsChangeTheDirectory() {
        for (String user : new String[] {"supervisor", "worker", "operator", "partner", "analyst", "coordinator"}) {
            problem(as(user).body(body("Không được phép")).post("/api/v1/organizations").then(), 403, "auth.forbidden");
        }
        problem(asToken(Tokens.blueDragon()).body(body("Không được phép")).post("/api/v1/organizations").then(),
                403, "auth.forbidden");
        problem(anonymous().body(body("Không được phép")).post("/api/v1/organizations").then(), 401, "auth.unauthenticated");
        as("admin").queryParam("q", "Không được phép").get("/api/v1/organizations").then().body("total", equalTo(0));
    }

    @Test
    void invalidFieldsAre422WithEveryFieldError() {
        Map<String, Object> bad = Map.of("nameVi", " ", "kind", "SHELTER", "email", "not-an-email",
                "phone", "call me", "website", "ftp://x", "hotlines", java.util.List.of("abc"), "postalCode", "HN-1",
                "description", "x".repeat(2001));
        problem(as("admin").body(bad).post("/api/v1/organizations").then(), 422, "validation.failed")
                .body("errors.field", containsInAnyOrder("nameVi", "email", "phone", "website", "hotlines[0]", "postalCode", "description"));
    }

    @Test
    void unknownEnumOrPlaceIs422() {
        Map<String, Object> badKind = new java.util.HashMap<>(body("Sai loại"));
        badKind.put("kind", "BANK");
        problem(as("admin").body(badKind).post("/api/v1/organizations").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("kind"));
        Map<String, Object> badPlace = new java.util.HashMap<>(body("Sai địa bàn"));
        badPlace.put("placeCode", "99999");
        problem(as("admin").body(badPlace).post("/api/v1/organizations").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("placeCode"));
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        problem(as("admin").body("{\"nameVi\": \"Hỏng").post("/api/v1/organizations").then(), 400, "request.malformed");
        problem(as("admin").body("").post("/api/v1/organizations").then(), 422, "validation.failed");
    }

    @Test
    void wrongMediaTypeIs415AndWrongMethodIs405() {
        problem(io.restassured.RestAssured.given().auth().oauth2(Tokens.user("admin")).contentType("text/plain")
                .body("x").post("/api/v1/organizations").then(), 415, "request.unsupported-media-type");
        problem(as("admin").patch("/api/v1/organizations").then(), 405, "request.method-not-allowed");
    }

    @Test
    void unknownIdIs404() {
        problem(as("worker").get("/api/v1/organizations/" + UUID.randomUUID()).then(), 404, "resource.not-found");
        problem(as("worker").get("/api/v1/organizations/not-a-uuid").then(), 404, "resource.not-found");
        problem(as("admin").header("If-Match", "\"0\"").body(body("Không có")).put("/api/v1/organizations/" + UUID.randomUUID()).then(),
                404, "resource.not-found");
    }

    @Test
    void updateNeedsTheCurrentEtag() {
        String id = create("Cập nhật " + UUID.randomUUID()).then().statusCode(201).extract().path("id");
        Map<String, Object> change = new java.util.HashMap<>(body("Đã đổi tên " + id));
        problem(as("admin").body(change).put("/api/v1/organizations/" + id).then(), 428, "precondition.required");
        as("admin").header("If-Match", "\"0\"").body(change).put("/api/v1/organizations/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("nameVi", equalTo("Đã đổi tên " + id)).body("version", equalTo(1));
        problem(as("admin").header("If-Match", "\"0\"").body(change).put("/api/v1/organizations/" + id).then(), 412, "precondition.stale");
        problem(as("admin").header("If-Match", "garbage").body(change).put("/api/v1/organizations/" + id).then(), 412, "precondition.stale");
        assertEquals(2, audit.countFor("ORGANIZATION", id));
    }

    @Test
    void deleteRefusesAnOrganizationWithServicesAndRemovesAnEmptyOne() {
        problem(as("admin").header("If-Match", "\"0\"").delete("/api/v1/organizations/" + Api.SWC).then(), 409, "organization.has-services");
        String id = create("Xóa " + UUID.randomUUID()).then().statusCode(201).extract().path("id");
        problem(as("worker").header("If-Match", "\"0\"").delete("/api/v1/organizations/" + id).then(), 403, "auth.forbidden");
        problem(as("admin").header("If-Match", "\"5\"").delete("/api/v1/organizations/" + id).then(), 412, "precondition.stale");
        as("admin").header("If-Match", "\"0\"").delete("/api/v1/organizations/" + id).then().statusCode(204);
        problem(as("admin").get("/api/v1/organizations/" + id).then(), 404, "resource.not-found");
        as("admin").get("/api/v1/organizations").then().body("items.id", not(hasItem(id)));
    }
}
