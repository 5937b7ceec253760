package org.safereturn.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The served specification must equal openapi.yaml at the repository root, the contract the SPA
 * and partners build against. On drift the served one is written to target/openapi.served.yaml;
 * review the difference and copy it over the contract (bin/openapi-update does that).
 */
@QuarkusTest
class OpenApiContractTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedSpecificationEqualsTheContract() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path target = Path.of("target", "openapi.served.yaml");
        Files.createDirectories(target.getParent());
        Files.writeString(target, served);
        Path contract = Path.of("..", "openapi.yaml");
        assertTrue(Files.exists(contract), "openapi.yaml is missing at the repository root");
        JsonNode expected = YAML.readTree(contract.toFile());
        JsonNode actual = YAML.readTree(served);
        List<String> drift = new ArrayList<>();
        diff("", expected, actual, drift);
        if (!drift.isEmpty()) {
            fail("The served OpenAPI drifted from openapi.yaml (" + drift.size() + " differences; served copy in "
                    + target.toAbsolutePath() + "):\n  " + String.join("\n  ", drift.subList(0, Math.min(30, drift.size()))));
        }
    }

    @Test
    void everyOperationHasAnIdATagRolesAndErrors() throws Exception {
        JsonNode spec = YAML.readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> missing = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode o = op.getValue();
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            if (!o.hasNonNull("operationId")) missing.add(where + ": operationId");
            if (!o.has("tags") || o.get("tags").isEmpty()) missing.add(where + ": tag");
            if (!o.path("description").asText().contains("Roles:")) missing.add(where + ": roles in description");
            if (!o.path("responses").has("401")) missing.add(where + ": 401 response");
        }));
        assertTrue(missing.isEmpty(), "Incomplete operations: " + missing);
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!actual.has(e.getKey())) out.add("only in openapi.yaml: " + at + "/" + e.getKey());
                else diff(at + "/" + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
            }
            actual.fieldNames().forEachRemaining(k -> {
                if (!expected.has(k)) out.add("only in the served spec: " + at + "/" + k);
            });
            return;
        }
        out.add("differs at " + at + ": contract " + abbreviate(expected) + " served " + abbreviate(actual));
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
