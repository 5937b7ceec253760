package org.safereturn.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;
import org.safereturn.testing.Tokens;

/** The incremental feed: a copy kept from it follows every change, including removals, and never learns who anyone is. */
@QuarkusTest
class ReportFeedTest {
    @Inject
    AgroalDataSource db;

    /** Reads every page from the cursor to the end; answers the changes by pseudonym and the last cursor. */
    static Map.Entry<Map<String, Map<String, Object>>, String> readAll(String cursor) {
        Map<String, Map<String, Object>> latest = new HashMap<>();
        String at = cursor;
        boolean more = true;
        while (more) {
            var page = asToken(Tokens.integrator()).queryParam("cursor", at).queryParam("limit", 1000).get("/api/reports/feed").then().statusCode(200).extract();
            for (Map<String, Object> item : page.<List<Map<String, Object>>>path("items")) {
                latest.put(item.get("type") + "/" + item.get("id"), item);
            }
            at = page.path("cursor");
            more = page.path("more");
        }
        return Map.entry(latest, at);
    }

    @Test
    void aCopyFollowsNewAndChangedRecordsAndTheirRemoval() throws Exception {
        String cursor = readAll("0").getValue();
        String name = "Người Trong Luồng " + UUID.randomUUID();
        Map<String, Object> person = Map.of("fullName", name, "sex", "FEMALE", "estimatedAge", 16, "nationality", "VN", "idDocumentType", "NONE",
                "languages", List.of("vi"), "phone", "0912345678");
        var created = as("worker").body(Map.of("channel", "HOTLINE", "category", "PRESUMED_VICTIM", "person", person, "placeFoundCode", "06685",
                "receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).withNano(0).toString())).post("/api/v1/intakes")
                .then().statusCode(201).extract();
        String caseId = created.path("id");
        String support = as("worker").body(Map.of("personId", created.path("person.id"), "type", "MEDICAL", "providerOrganizationId", Api.SWC,
                "deliveredFrom", java.time.LocalDate.now(ZoneOffset.ofHours(7)).toString())).post("/api/v1/cases/" + caseId + "/supports")
                .then().statusCode(201).extract().path("id");

        var first = asToken(Tokens.integrator()).queryParam("cursor", cursor).get("/api/reports/feed").then().statusCode(200).extract();
        String body = first.asString();
        assertFalse(body.contains(caseId), "never the record's id");
        assertFalse(body.contains(name) || body.contains("0912345678"), "never who the person is");
        Map<String, Map<String, Object>> changes = readAll(cursor).getKey();
        Map<String, Object> theCase = changes.values().stream().filter(c -> "CASE".equals(c.get("type"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) theCase.get("facts");
        assertEquals("UPSERT", theCase.get("op"));
        assertEquals("FEMALE", facts.get("sex"));
        assertEquals("AGE_9_17", facts.get("ageBand"));
        assertEquals("22", facts.get("province"), "the province, never the commune");
        assertEquals(false, facts.get("verified"));
        assertTrue(((String) facts.get("receivedMonth")).matches("\\d{4}-\\d{2}"), "a month, never a day");
        Map<String, Object> theSupport = changes.values().stream().filter(c -> "SUPPORT".equals(c.get("type"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> supportFacts = (Map<String, Object>) theSupport.get("facts");
        assertEquals(theCase.get("id"), supportFacts.get("case"), "the support names its case by the case's pseudonym");

        // The case is verified and identified: it comes again, at its new state, after the cursor.
        String next = readAll(cursor).getValue();
        as("worker").body(Map.of()).post("/api/v1/cases/" + caseId + "/verify").then().statusCode(200);
        as("worker").body(Map.of("decidingOrganizationId", "00000000-0000-4000-a000-000000000003", "result", "VICTIM",
                "decisionDate", java.time.LocalDate.now(ZoneOffset.ofHours(7)).toString(), "forms", List.of("FORCED_MARRIAGE"), "countryOfExploitation", "CN"))
                .post("/api/v1/cases/" + caseId + "/identify").then().statusCode(200);
        Map<String, Map<String, Object>> later = readAll(next).getKey();
        @SuppressWarnings("unchecked")
        Map<String, Object> verified = (Map<String, Object>) later.get("CASE/" + theCase.get("id")).get("facts");
        assertEquals(true, verified.get("verified"));
        assertEquals(true, verified.get("verifiedWithinDeadline"));
        assertEquals("VICTIM", verified.get("identificationResult"));
        assertEquals(List.of("FORCED_MARRIAGE"), verified.get("exploitationForms"));

        // A support removed leaves a tombstone, so the copy drops it too.
        String beforeRemoval = readAll(next).getValue();
        try (var c = db.getConnection(); var s = c.prepareStatement("DELETE FROM support_delivery WHERE id = ?")) {
            s.setObject(1, UUID.fromString(support));
            assertEquals(1, s.executeUpdate());
        }
        Map<String, Object> tombstone = readAll(beforeRemoval).getKey().get("SUPPORT/" + theSupport.get("id"));
        assertNotNull(tombstone, "the removal is in the feed");
        assertEquals("DELETE", tombstone.get("op"));
        assertNull(tombstone.get("facts"));
    }

    @Test
    void badCursorsLimitsAndAgreementsAreRefused() {
        problem(asToken(Tokens.integrator()).queryParam("cursor", "yesterday").get("/api/reports/feed").then(), 422, "validation.failed");
        problem(asToken(Tokens.integrator()).queryParam("cursor", "-1").get("/api/reports/feed").then(), 422, "validation.failed");
        problem(asToken(Tokens.integrator()).queryParam("limit", 5000).get("/api/reports/feed").then(), 422, "validation.failed");
        problem(asToken(Tokens.integrator()).queryParam("types", "PERSON").get("/api/reports/feed").then(), 422, "validation.failed");
        problem(asToken(Tokens.donorReports()).get("/api/reports/feed").then(), 403, "report.not-in-agreement");
        for (String user : List.of("supervisor", "worker", "partner", "admin")) {
            as(user).get("/api/reports/feed").then().statusCode(403);
        }
        asToken(Tokens.integrator()).queryParam("types", "CONTACT").queryParam("limit", 5).get("/api/reports/feed").then().statusCode(200)
                .body("items.type.unique()", org.hamcrest.Matchers.anyOf(equalTo(List.of("CONTACT")), equalTo(List.of())));
    }
}
