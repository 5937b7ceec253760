package org.safereturn.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;
import org.safereturn.testing.OwnerDatabase;
import org.safereturn.testing.Tokens;

/**
 * Every free text that may tell where a person went and why is written with one marker, then the
 * whole database is searched for it: it must be nowhere in plaintext (case timeline, audit trail,
 * reason columns), while each reader still reads it back through the API.
 */
@QuarkusTest
class FreeTextAtRestTest {
    @Test
    void reasonsAndNotesAreEncryptedAndTheTimelineAndAuditTrailKeepOnlyCodes() throws Exception {
        String marker = "Móng Cái MARK" + UUID.randomUUID().toString().substring(0, 8);
        String[] c = SupportResourceTest.identifiedCase("CN");
        String caseId = c[0];

        // A transition note, a supervisor's close and reopen reasons.
        as("worker").body(Map.of("note", "To her aunt in " + marker)).post("/api/v1/cases/" + caseId + "/start-support").then().statusCode(200);
        as("supervisor").body(Map.of("reason", "Moved to " + marker)).post("/api/v1/cases/" + caseId + "/close").then().statusCode(200);
        as("supervisor").body(Map.of("reason", "Came back from " + marker)).post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(200);

        // A support beyond the entitlement, with the supervisor's reason.
        Map<String, Object> support = SupportResourceTest.delivery(c[1], "VOCATIONAL_AND_JOB");
        support.put("override", Map.of("reason", "Will work in " + marker));
        as("supervisor").body(support).post("/api/v1/cases/" + caseId + "/supports").then().statusCode(201)
                .body("overrideReason", equalTo("Will work in " + marker));

        // A consent withdrawn with a reason; referrals declined and cancelled with reasons, and an override's reason.
        String consent = as("worker").body(new HashMap<>(Map.of("personId", c[1], "givenBy", "PERSON", "purpose", "SHARE_WITH_ORGANIZATION",
                "organizationId", Api.BLUE_DRAGON, "fieldGroups", List.of("IDENTITY"), "givenAt", OffsetDateTime.now().minusMinutes(5).toString(),
                "method", "SIGNED_FORM"))).post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
        String declined = referral(caseId, List.of("IDENTITY"), null);
        as("worker").body(Map.of()).post("/api/v1/referrals/" + declined + "/send").then().statusCode(200);
        asToken(Tokens.blueDragon()).body(Map.of("reason", "She went to " + marker)).post("/api/v1/referrals/" + declined + "/decline")
                .then().statusCode(200);
        String cancelled = referral(caseId, List.of(), null);
        as("worker").body(Map.of("reason", "Family took her to " + marker)).post("/api/v1/referrals/" + cancelled + "/cancel").then().statusCode(200);
        String overridden = referral(caseId, List.of("IDENTITY", "NARRATIVE"), "Trafficker seen in " + marker);
        as("worker").body(Map.of("reason", "She asked us to stop, she is in " + marker))
                .post("/api/v1/cases/" + caseId + "/consents/" + consent + "/withdraw").then().statusCode(200);

        // A shelter stay checked out with a reason.
        String room = as("supervisor").body(Map.of("name", "Phòng thử " + UUID.randomUUID(), "capacity", 2)).post("/api/v1/shelter/rooms")
                .then().statusCode(201).extract().path("id");
        String stay = as("worker").body(Map.of("roomId", room, "caseId", caseId, "personId", c[1],
                "checkedInAt", OffsetDateTime.now().minusHours(2).toString())).post("/api/v1/shelter/stays").then().statusCode(201).extract().path("id");
        as("worker").body(Map.of("checkedOutAt", OffsetDateTime.now().minusMinutes(1).toString(), "reason", "Went home to " + marker))
                .post("/api/v1/shelter/stays/" + stay + "/check-out").then().statusCode(200);

        assertEquals(List.of(), tablesHolding(marker.substring(marker.indexOf("MARK"))));

        // Those who may read them still do.
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("items.params.note", hasItem("Moved to " + marker)).body("items.params.note", hasItem("To her aunt in " + marker));
        as("worker").get("/api/v1/referrals/" + declined).then().body("declineReason", equalTo("She went to " + marker));
        as("worker").get("/api/v1/referrals/" + cancelled).then().body("cancelReason", equalTo("Family took her to " + marker));
        as("supervisor").get("/api/v1/referrals/" + overridden).then().body("override.reason", equalTo("Trafficker seen in " + marker))
                .body("override.active", equalTo(false)).body("override.endedByWithdrawal", equalTo(true));
        as("worker").get("/api/v1/shelter/stays/" + stay).then().body("checkOutReason", equalTo("Went home to " + marker));
        as("worker").get("/api/v1/cases/" + caseId + "/consents").then()
                .body("items.find { it.id == '" + consent + "' }.withdrawalReason", equalTo("She asked us to stop, she is in " + marker));
    }

    private static String referral(String caseId, List<String> groups, String overrideReason) {
        Map<String, Object> r = new HashMap<>(Map.of("caseId", caseId, "receiverOrganizationId", Api.BLUE_DRAGON, "serviceType", "LEGAL_AID",
                "urgency", "ROUTINE", "reason", "Legal advice", "fieldGroups", groups));
        if (overrideReason != null) {
            r.put("emergencyOverride", Map.of("reason", overrideReason));
        }
        return as(overrideReason == null ? "worker" : "supervisor").body(r).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    /** The tables of the schema with a row whose text form holds {@code text}. */
    private static List<String> tablesHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (var db = OwnerDatabase.connect(); var s = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            var rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            for (String table : tables) {
                var hit = s.executeQuery("SELECT count(*) FROM " + table + " t WHERE CAST(row_to_json(t) AS text) LIKE '%" + text + "%'");
                hit.next();
                if (hit.getLong(1) > 0) {
                    found.add(table);
                }
            }
        }
        return found;
    }
}
