package org.safereturn.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/**
 * Every record of the demo directory, pulled as a partner's client pulls it, validates against
 * HSDS 3.0's published schemas (src/test/resources/hsds, with their source and licence): lists
 * against the {@code *_list} schemas inside the API's Page, one record against the fully nested
 * schema, formats (uuid, email, uri, date-time) asserted. A null anywhere fails, as HSDS allows none.
 */
@QuarkusTest
class HsdsSchemaTest {
    /** The demo directory's ids; other tests add records of their own, with fewer facts. */
    private static final String DEMO_ORGANIZATION = "00000000-0000-4000-a000-";
    private static final String DEMO_SERVICE = "00000000-0000-4000-b000-";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static final JsonNode SERVICE = read("service_with_definitions.json");
    private static final JsonNode OPENAPI = read("openapi.json");
    private static final JsonSchema FULL_SERVICE = schema(SERVICE);
    private static final JsonSchema FULL_ORGANIZATION = schema(definition("organization"));
    private static final JsonSchema SERVICE_PAGE = page(read("service_list.json"));
    private static final JsonSchema FULL_SERVICE_PAGE = page(SERVICE);
    private static final JsonSchema ORGANIZATION_PAGE = page(read("organization_list.json"));
    private static final JsonSchema INDEX = schema(OPENAPI.at("/paths/~1/get/responses/200/content/application~1json/schema"));

    @Test
    void everyOrganizationValidatesInTheListAndAlone() {
        List<JsonNode> organizations = pages("/api/hsds/organizations", "", ORGANIZATION_PAGE);
        assertTrue(organizations.size() >= 14, "the demo directory's organizations: " + organizations.size());
        for (JsonNode brief : organizations) {
            assertFalse(brief.has("phones"), "a list carries one-to-one fields only");
            JsonNode full = get("/api/hsds/organizations/" + brief.get("id").asText());
            assertValid(FULL_ORGANIZATION, full, "organization " + brief.get("id").asText());
            if (brief.get("id").asText().startsWith(DEMO_ORGANIZATION)) {
                assertFalse(full.get("description").asText().isBlank(), "the demo organizations describe themselves");
            }
        }
    }

    @Test
    void everyServiceValidatesInTheListFullyNestedAndAlone() {
        List<JsonNode> services = pages("/api/hsds/services", "", SERVICE_PAGE);
        assertTrue(services.size() >= 20, "the demo directory's services: " + services.size());
        for (JsonNode s : services) {
            assertEquals(s.get("organization_id"), s.get("organization").get("id"));
            assertFalse(s.has("service_at_locations"), "a list carries one-to-one fields only");
        }
        List<JsonNode> full = pages("/api/hsds/services", "&full=true", FULL_SERVICE_PAGE);
        assertEquals(services.size(), full.size());
        for (JsonNode s : full) {
            assertValid(FULL_SERVICE, get("/api/hsds/services/" + s.get("id").asText()), "service " + s.get("id").asText());
            if (s.get("id").asText().startsWith(DEMO_SERVICE)) {
                assertFalse(s.get("service_at_locations").isEmpty(), "every demo service is delivered at its organization's place");
            }
        }
    }

    @Test
    void aBareOrganizationAndServiceLeaveOutWhatIsNotRecorded() {
        // No description, no place; an address in words only; a main line that is also its hotline.
        String org = as("admin").body(Map.of("nameVi", "Nhóm tự lực " + UUID.randomUUID(), "kind", "OTHER",
                        "address", "Nhà văn hóa tổ 5", "phone", "0203 3835 155", "hotlines", List.of("0203 3835 155")))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String service = as("admin").body(Map.of("organizationId", org, "type", "COUNSELLING", "nameVi", "Tư vấn đồng đẳng"))
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        try {
            JsonNode organization = get("/api/hsds/organizations/" + org);
            assertValid(FULL_ORGANIZATION, organization, "a bare organization");
            assertEquals("", organization.get("description").asText(), "HSDS requires a description; none is made up");
            assertFalse(organization.has("email") || organization.has("website") || organization.has("alternate_name"));
            assertEquals(1, organization.get("phones").size(), "one number, one phone record: ids stay unique");
            JsonNode location = organization.get("locations").get(0);
            assertEquals("Nhà văn hóa tổ 5", location.get("description").asText(), "no unit: the address stays words");
            assertTrue(location.get("addresses").isEmpty(), "no postal address without its commune and province");
            JsonNode full = get("/api/hsds/services/" + service);
            assertValid(FULL_SERVICE, full, "a bare service");
            assertFalse(full.has("description") || full.has("eligibility_description") || full.has("email"));
            assertTrue(full.get("service_areas").isEmpty(), "no unit served is recorded");
            assertEquals(location.get("id"), full.get("service_at_locations").get(0).get("location_id"),
                    "delivered where its organization is");
        } finally {
            as("admin").header("If-Match", "\"0\"").delete("/api/v1/services/" + service).then().statusCode(204);
            as("admin").header("If-Match", "\"0\"").delete("/api/v1/organizations/" + org).then().statusCode(204);
        }
    }

    @Test
    void theIndexSaysWhichHsdsAndWhereItsContractIs() {
        JsonNode index = get("/api/hsds/");
        assertValid(INDEX, index, "index");
        assertEquals("3.0", index.get("version").asText());
        assertEquals("https://github.com/openreferral/specification/tree/3.0/schema", index.get("profile").asText());
        String openapi = index.get("openapi_url").asText();
        assertTrue(openapi.endsWith("/q/openapi?format=json"), openapi);
        assertEquals("hsdsListServices", asToken(Tokens.blueDragon()).get(openapi.replaceFirst("^https?://[^/]+", "")).then()
                .statusCode(200).extract().jsonPath().getString("paths.'/api/hsds/services'.get.operationId"));
    }

    @Test
    void theValidatorRefusesWhatHsdsForbids() {
        ObjectNode service = (ObjectNode) get("/api/hsds/services/" + ServiceResourceTest.LEGAL_AID).deepCopy();
        assertValid(FULL_SERVICE, service, "the unchanged service");
        service.putNull("email");
        assertFalse(FULL_SERVICE.validate(service).isEmpty(), "null where a string belongs");
        service.remove("email");
        service.put("status", "open");
        assertFalse(FULL_SERVICE.validate(service).isEmpty(), "a status HSDS does not know");
        service.put("status", "active");
        service.put("id", "legal-aid");
        assertFalse(FULL_SERVICE.validate(service).isEmpty(), "an id that is no uuid");
    }

    /** Every page of a list, each validated as HSDS's Page with its contents; the records of all pages. */
    private static List<JsonNode> pages(String path, String query, JsonSchema pageSchema) {
        List<JsonNode> records = new ArrayList<>();
        int totalPages = get(path + "?per_page=7" + query).get("total_pages").asInt();
        assertTrue(totalPages >= 2, "the demo directory spans pages of 7");
        for (int pageNumber = 1; pageNumber <= totalPages; pageNumber++) {
            JsonNode page = get(path + "?per_page=7&page=" + pageNumber + query);
            assertValid(pageSchema, page, path + " page " + pageNumber);
            assertEquals(pageNumber, page.get("page_number").asInt());
            assertEquals(pageNumber == 1, page.get("first_page").asBoolean());
            assertEquals(pageNumber == totalPages, page.get("last_page").asBoolean());
            assertFalse(page.get("empty").asBoolean());
            assertEquals(page.get("contents").size(), page.get("size").asInt(), "size counts the page's own records");
            page.get("contents").forEach(records::add);
            if (pageNumber == totalPages) {
                assertEquals(page.get("total_items").asInt(), records.size());
            }
        }
        JsonNode past = get(path + "?per_page=7&page=" + (totalPages + 1) + query);
        assertValid(pageSchema, past, path + " past the last page");
        assertTrue(past.get("empty").asBoolean() && past.get("contents").isEmpty() && past.get("size").asInt() == 0);
        return records;
    }

    private static JsonNode get(String path) {
        String body = asToken(Tokens.integrator()).get(path).then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode document, String what) {
        Set<ValidationMessage> errors = schema.validate(document);
        assertTrue(errors.isEmpty(), what + " against HSDS 3.0: " + errors + " in " + document);
    }

    /** HSDS's Page with its contents' items: what the HSDS API answers for a list. */
    private static JsonSchema page(JsonNode itemSchema) {
        ObjectNode page = OPENAPI.at("/components/schemas/Page").deepCopy();
        ObjectNode contents = ((ObjectNode) page.get("properties")).putObject("contents");
        contents.put("type", "array").set("items", itemSchema);
        if (itemSchema.has("definitions")) {
            page.set("definitions", itemSchema.get("definitions"));
        }
        // HSDS's Page names no required fields; every one of them is always here
        page.putArray("required").add("total_items").add("total_pages").add("page_number").add("size")
                .add("first_page").add("last_page").add("empty").add("contents");
        return schema(page);
    }

    /** One of service_with_definitions' definitions, with the others it refers to. */
    private static JsonNode definition(String name) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$ref", "#/definitions/" + name);
        root.set("definitions", SERVICE.get("definitions"));
        return root;
    }

    private static JsonSchema schema(JsonNode node) {
        return FACTORY.getSchema(node, CONFIG);
    }

    private static JsonNode read(String name) {
        try (InputStream in = HsdsSchemaTest.class.getResourceAsStream("/hsds/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
