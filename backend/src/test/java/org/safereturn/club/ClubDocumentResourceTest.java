package org.safereturn.club;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class ClubDocumentResourceTest {
    static final String CAO_XANH = ClubResourceTest.CAO_XANH;
    static final String TUAN_CHAU = ClubResourceTest.TUAN_CHAU;

    @Inject
    AgroalDataSource db;

    static RequestSpecification file(String user, String marker) {
        byte[] pdf = ("%PDF-1.4\n" + marker + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
        return given().auth().oauth2(Tokens.user(user)).contentType("application/pdf").body(pdf)
                .header("SafeReturn-File-Name", URLEncoder.encode("biên bản " + marker + ".pdf", StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static String documents(String club) {
        return "/api/v1/clubs/" + club + "/documents";
    }

    static String aMeetingOf(String club) {
        return as(CAO_XANH.equals(club) ? "coordinator-caoxanh" : "admin").queryParam("size", 1)
                .get("/api/v1/clubs/" + club + "/meetings").then().statusCode(200).extract().path("items[0].id");
    }

    long rows(String sql) throws SQLException {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theFoundingDecisionIsStoredEncryptedAndReadByTheOverseers() throws Exception {
        String marker = "Quyết định 471 " + UUID.randomUUID();
        String id = file("coordinator-caoxanh", marker).queryParam("kind", "FOUNDING_DECISION").post(documents(CAO_XANH))
                .then().statusCode(201).body("kind", equalTo("FOUNDING_DECISION")).body("fileName", equalTo("biên bản " + marker + ".pdf"))
                .body("actions", contains("DOWNLOAD", "REMOVE")).extract().path("id");
        as("supervisor").get(documents(CAO_XANH)).then().statusCode(200).body("items.id", hasItem(id));
        long reads = rows("SELECT count(*) FROM audit_event WHERE action = 'CLUB_DOCUMENT_READ' AND record_id = '" + id + "'");
        byte[] back = given().auth().oauth2(Tokens.user("supervisor")).get(documents(CAO_XANH) + "/" + id + "/content")
                .then().statusCode(200).contentType("application/pdf").header("Cache-Control", "no-store").extract().asByteArray();
        assertArrayEquals(("%PDF-1.4\n" + marker + "\n%%EOF").getBytes(StandardCharsets.UTF_8), back);
        assertEquals(reads + 1, rows("SELECT count(*) FROM audit_event WHERE action = 'CLUB_DOCUMENT_READ' AND record_id = '" + id + "'"));
        try (var c = db.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT content_enc, file_name_enc FROM club_document WHERE id = '" + id + "'")) {
            rs.next();
            String raw = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1) + rs.getString(2);
            assertFalse(raw.contains("471"), "neither content nor name is stored in clear");
        }
        // An admin keeps founding decisions too; another club's coordinator does not find it.
        file("admin", "admin's copy").queryParam("kind", "FOUNDING_DECISION").post(documents(TUAN_CHAU)).then().statusCode(201);
        problem(as("coordinator-caoxanh").get(documents(TUAN_CHAU)).then(), 404, "resource.not-found");
        problem(as("coordinator-tuanchau").get(documents(CAO_XANH) + "/" + id + "/content").then(), 404, "resource.not-found");
        problem(file("supervisor", "x").queryParam("kind", "FOUNDING_DECISION").post(documents(CAO_XANH)).then(), 403, "auth.forbidden");
        problem(as("worker").get(documents(CAO_XANH)).then(), 403, "auth.forbidden");
    }

    @Test
    void aMeetingsMaterialsAreTheClubsOwn() throws Exception {
        String meeting = aMeetingOf(CAO_XANH);
        String id = file("coordinator-caoxanh", "danh sách ký tên").queryParam("kind", "MEETING_MATERIAL").queryParam("meetingId", meeting)
                .post(documents(CAO_XANH)).then().statusCode(201).body("meetingId", equalTo(meeting)).extract().path("id");
        as("coordinator-caoxanh").queryParam("meetingId", meeting).get(documents(CAO_XANH)).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.meetingId", org.hamcrest.Matchers.everyItem(equalTo(meeting)));
        as("supervisor").get(documents(CAO_XANH)).then().statusCode(200).body("items.id", not(hasItem(id)));
        problem(as("supervisor").get(documents(CAO_XANH) + "/" + id + "/content").then(), 403, "club.members-private");
        problem(file("admin", "y").queryParam("kind", "MEETING_MATERIAL").queryParam("meetingId", meeting).post(documents(CAO_XANH)).then(),
                403, "club.members-private");
        problem(as("admin").delete(documents(CAO_XANH) + "/" + id).then(), 403, "club.members-private");
        // Removed by the club: gone, and the audit keeps that it was there.
        as("coordinator-caoxanh").delete(documents(CAO_XANH) + "/" + id).then().statusCode(204);
        problem(as("coordinator-caoxanh").get(documents(CAO_XANH) + "/" + id + "/content").then(), 404, "resource.not-found");
        assertEquals(1, rows("SELECT count(*) FROM audit_event WHERE action = 'CLUB_DOCUMENT_REMOVED' AND record_id = '" + id + "'"));
    }

    @Test
    void badUploadsAreProblemsAndStoreNothing() throws Exception {
        String meeting = aMeetingOf(CAO_XANH);
        String otherClubsMeeting = aMeetingOf(TUAN_CHAU);
        long before = rows("SELECT count(*) FROM club_document WHERE club_id = '" + CAO_XANH + "'");
        problem(file("coordinator-caoxanh", "a").queryParam("kind", "MEETING_MATERIAL").post(documents(CAO_XANH)).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("meetingId"));
        problem(file("coordinator-caoxanh", "a").queryParam("kind", "FOUNDING_DECISION").queryParam("meetingId", meeting).post(documents(CAO_XANH)).then(),
                422, "validation.failed");
        problem(file("coordinator-caoxanh", "a").queryParam("kind", "MEETING_MATERIAL").queryParam("meetingId", otherClubsMeeting)
                .post(documents(CAO_XANH)).then(), 404, "resource.not-found");
        problem(file("coordinator-caoxanh", "a").post(documents(CAO_XANH)).then(), 422, "validation.failed");
        problem(given().auth().oauth2(Tokens.user("coordinator-caoxanh")).contentType("image/png").body("%PDF-1.4 not a png".getBytes(StandardCharsets.UTF_8))
                .queryParam("kind", "FOUNDING_DECISION").post(documents(CAO_XANH)).then(), 422, "document.content-mismatch");
        problem(given().auth().oauth2(Tokens.user("coordinator-caoxanh")).contentType("text/html").body("<script>".getBytes(StandardCharsets.UTF_8))
                .queryParam("kind", "FOUNDING_DECISION").post(documents(CAO_XANH)).then(), 415, "document.unsupported-type");
        assertEquals(before, rows("SELECT count(*) FROM club_document WHERE club_id = '" + CAO_XANH + "'"));
    }
}
