package org.safereturn.hotline;

import static org.hamcrest.Matchers.equalTo;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;
import static org.safereturn.testing.Api.withoutVersion;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lines and the taxonomy are changed over their versions: two admins never overwrite each other. */
@QuarkusTest
class HotlineReferenceTest {
    @Test
    void aLineIsChangedOnlyOverTheVersionItsEditorSaw() {
        Map<String, Object> line = Map.of("code", "LU-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "number", "18001567",
                "nameVi", "Đường dây thử", "nameEn", "Test line", "organizationId", "00000000-0000-4000-a000-000000000001", "hours", "24/7", "active", true);
        String id = as("admin").body(line).post("/api/v1/hotline/lines").then().statusCode(201).extract().path("id");
        String path = "/api/v1/hotline/lines/" + id;
        Map<String, Object> renamed = new java.util.HashMap<>(line);
        renamed.put("nameVi", "Đường dây đổi tên");
        Map<String, Object> closed = new java.util.HashMap<>(line);
        closed.put("active", false);
        problem(withoutVersion("admin").body(renamed).put(path).then(), 428, "precondition.required");
        withoutVersion("admin").header("If-Match", "\"0\"").body(renamed).put(path).then().statusCode(200).header("ETag", equalTo("\"1\""));
        // The second admin decided on version 0 too: 412, and the rename stays.
        problem(withoutVersion("admin").header("If-Match", "\"0\"").body(closed).put(path).then(), 412, "precondition.stale");
        as("admin").get("/api/v1/hotline/lines").then()
                .body("find { it.id == '" + id + "' }.nameVi", equalTo("Đường dây đổi tên"))
                .body("find { it.id == '" + id + "' }.active", equalTo(true));
    }

    @Test
    void aCategoryIsAddedWithoutAVersionAndChangedOverOne() {
        String code = "LU_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String path = "/api/v1/hotline/categories/" + code;
        Map<String, Object> added = Map.of("nameVi", "Thử", "nameEn", "Test", "position", 98, "active", true);
        Map<String, Object> renamed = Map.of("nameVi", "Thử đổi tên", "nameEn", "Test renamed", "position", 98, "active", true);
        Map<String, Object> retired = Map.of("nameVi", "Thử", "nameEn", "Test", "position", 98, "active", false);
        // If-Match on a category that is not there is 412: the caller meant to change something else.
        problem(withoutVersion("admin").header("If-Match", "\"0\"").body(added).put(path).then(), 412, "precondition.stale");
        withoutVersion("admin").body(added).put(path).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("version", equalTo(0));
        problem(withoutVersion("admin").body(renamed).put(path).then(), 428, "precondition.required");
        withoutVersion("admin").header("If-Match", "\"0\"").body(renamed).put(path).then().statusCode(200).header("ETag", equalTo("\"1\""));
        problem(withoutVersion("admin").header("If-Match", "\"0\"").body(retired).put(path).then(), 412, "precondition.stale");
        as("operator").get("/api/v1/hotline/categories").then()
                .body("find { it.code == '" + code + "' }.nameVi", equalTo("Thử đổi tên"))
                .body("find { it.code == '" + code + "' }.active", equalTo(true));
    }
}
