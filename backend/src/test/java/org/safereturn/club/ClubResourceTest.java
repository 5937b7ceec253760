package org.safereturn.club;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClubResourceTest {
    static final String HONG_GAI = "00000000-0000-4000-a000-000000000006";
    static final String CAO_XANH = "00000000-0000-4000-a000-000000000008";
    static final String TUAN_CHAU = "00000000-0000-4000-a000-000000000010";
    static final String DEMO_CLUBS = "(00000000-0000-4000-a000-0000000000(06|07|08|09|10))";

    @Inject
    EntityManager em;

    static Map<String, Object> member(String name, Map<String, Object> consent) {
        Map<String, Object> m = new HashMap<>(Map.of("fullName", name, "sex", "FEMALE", "birthYear", 2004, "phone", "0912 345 678",
                "targetGroup", "PROSPECTIVE_MIGRANT_WORKER", "joinedOn", "2024-01-10"));
        if (consent != null) {
            m.put("consent", consent);
        }
        return m;
    }

    static Map<String, Object> consent() {
        return Map.of("givenOn", "2024-01-10", "givenBy", "SELF");
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** A day of 2024–2025 that is not the first of a month (the demo meetings' day), picked at random. */
    static LocalDate pastDay() {
        LocalDate day = LocalDate.of(2024, 6, 2).plusDays(ThreadLocalRandom.current().nextInt(540));
        return day.getDayOfMonth() == 1 ? day.plusDays(1) : day;
    }

    @Test
    void eachRoleReachesTheClubsOfItsScope() {
        as("coordinator").get("/api/v1/clubs").then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(HONG_GAI));
        as("coordinator-caoxanh").get("/api/v1/clubs").then().statusCode(200).body("items.id", contains(CAO_XANH));
        as("supervisor").get("/api/v1/clubs").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(5)).body("items.id", hasItem(TUAN_CHAU));
        as("admin").queryParam("q", "tuan chau").get("/api/v1/clubs").then().statusCode(200).body("items.id", contains(TUAN_CHAU));
        for (String user : new String[] {"worker", "operator", "partner", "analyst"}) {
            problem(as(user).get("/api/v1/clubs").then(), 403, "auth.forbidden");
        }
        problem(anonymous().get("/api/v1/clubs").then(), 401, "auth.unauthenticated");
        // Another club is as if it did not exist.
        problem(as("coordinator-caoxanh").get("/api/v1/clubs/" + TUAN_CHAU).then(), 404, "resource.not-found");
        problem(as("coordinator-caoxanh").get("/api/v1/clubs/" + TUAN_CHAU + "/members").then(), 404, "resource.not-found");
        problem(as("coordinator-caoxanh").get("/api/v1/clubs/" + TUAN_CHAU + "/meetings").then(), 404, "resource.not-found");
    }

    @Test
    void aClubShowsItsBoardMembersByGroupAndTheMonthsWithoutAMeeting() {
        as("coordinator").get("/api/v1/clubs/" + HONG_GAI).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("placeCode", equalTo("06685")).body("decisionNumber", equalTo("471/QĐ-LĐTBXH"))
                .body("board.role", hasItem("HEAD")).body("board.find { it.role == 'OUTREACH_WORKER' }.name", notNullValue())
                .body("membersByGroup.VICTIM", greaterThanOrEqualTo(1))
                .body("thisMonth.meetingDate", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).withDayOfMonth(1).toString()))
                .body("actions", containsInAnyOrder("ADD_BOARD_SEAT", "ADD_FOUNDING_DECISION", "READ_MEMBERS", "ADD_MEMBER", "PLAN_MEETINGS"));
        // Tuần Châu missed the meeting four months ago; an overseer sees that, and counts without the members' names.
        String missed = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(4).toString();
        as("supervisor").get("/api/v1/clubs/" + TUAN_CHAU).then().statusCode(200)
                .body("monthsWithoutMeeting", hasItem(missed))
                .body("board.find { it.role == 'OUTREACH_WORKER' }.name", nullValue())
                .body("board.find { it.role == 'HEAD' }.name", equalTo("Đặng Thị Nga"))
                .body("actions", equalTo(List.of()));
        as("supervisor").get("/api/v1/clubs").then().body("items.find { it.id == '" + TUAN_CHAU + "' }.monthsWithoutMeeting", greaterThanOrEqualTo(1));
        problem(as("supervisor").get("/api/v1/clubs/" + TUAN_CHAU + "/members").then(), 403, "club.members-private");
        as("supervisor").get("/api/v1/clubs/" + TUAN_CHAU + "/meetings").then().statusCode(200)
                .body("items[0].members", nullValue()).body("items.find { it.status == 'HELD' }.attendance.present", notNullValue());
    }

    @Test
    void aMemberIsRecordedOnlyWithConsentStoredEncryptedAndEveryReadIsAudited() {
        String name = "Phạm Thị Thử " + UUID.randomUUID().toString().substring(0, 6);
        long before = count("SELECT count(*) FROM club_member");
        problem(as("coordinator-caoxanh").body(member(name, null)).post("/api/v1/clubs/" + CAO_XANH + "/members").then(), 422,
                "club.member-consent-required").body("errors[0].field", equalTo("consent"));
        assertEquals(before, count("SELECT count(*) FROM club_member"), "nothing recorded without consent");

        String id = as("coordinator-caoxanh").body(member(name, consent())).post("/api/v1/clubs/" + CAO_XANH + "/members").then()
                .statusCode(201).header("ETag", equalTo("\"0\"")).body("fullName", equalTo(name))
                .body("actions", contains("EDIT", "LEAVE", "ERASE")).extract().path("id");
        String raw = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT concat_ws('|', full_name_enc, phone_enc) FROM club_member WHERE id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult());
        assertFalse(raw.contains("Thử") || raw.contains("345"), "name and phone are encrypted at rest");
        assertTrue(raw.startsWith("v2:"));

        long audited = count("SELECT count(*) FROM audit_event WHERE action = 'CLUB_MEMBERS_LISTED' AND record_id = '" + CAO_XANH + "'");
        as("coordinator-caoxanh").queryParam("group", "PROSPECTIVE_MIGRANT_WORKER").queryParam("size", 200)
                .get("/api/v1/clubs/" + CAO_XANH + "/members").then().statusCode(200)
                .body("items.fullName", hasItem(name)).body("items.targetGroup", everyItem(equalTo("PROSPECTIVE_MIGRANT_WORKER")));
        assertEquals(audited + 1, count("SELECT count(*) FROM audit_event WHERE action = 'CLUB_MEMBERS_LISTED' AND record_id = '" + CAO_XANH + "'"));

        problem(as("coordinator-caoxanh").body(member(name, consent())).put("/api/v1/clubs/" + CAO_XANH + "/members/" + id).then(), 428,
                "precondition.required");
        problem(as("coordinator").get("/api/v1/clubs/" + CAO_XANH + "/members/" + id).then(), 404, "resource.not-found");
        problem(as("coordinator").get("/api/v1/clubs/" + HONG_GAI + "/members/" + id).then(), 404, "resource.not-found");
        Map<String, Object> future = member(name, consent());
        future.put("joinedOn", LocalDate.now().plusDays(3).toString());
        problem(as("coordinator-caoxanh").body(future).post("/api/v1/clubs/" + CAO_XANH + "/members").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("joinedOn"));

        // The consent is withdrawn: the name and phone go at once.
        as("coordinator-caoxanh").post("/api/v1/clubs/" + CAO_XANH + "/members/" + id + "/erasure").then().statusCode(200)
                .body("erased", equalTo(true)).body("fullName", nullValue()).body("phone", nullValue()).body("leftOn", notNullValue());
        assertEquals(0, count("SELECT count(*) FROM club_member WHERE id = '" + id + "' AND (full_name_enc IS NOT NULL OR phone_enc IS NOT NULL)"));
        problem(as("coordinator-caoxanh").post("/api/v1/clubs/" + CAO_XANH + "/members/" + id + "/erasure").then(), 409, "club.member-erased");
    }

    @Test
    void aHeldMeetingGetsItsWholeAttendanceInOneRequestAndNeverForADayToCome() {
        LocalDate day = pastDay();
        String meeting = as("coordinator-caoxanh").body(Map.of("meetingDate", day.toString(), "place", "Hội trường phường",
                        "topics", List.of("SAFE_MIGRATION", "LIVELIHOOD")))
                .post("/api/v1/clubs/" + CAO_XANH + "/meetings").then().statusCode(201)
                .body("status", equalTo("PLANNED")).body("actions", hasItem("RECORD_ATTENDANCE")).extract().path("id");
        problem(as("coordinator-caoxanh").body(Map.of("meetingDate", day.toString())).post("/api/v1/clubs/" + CAO_XANH + "/meetings").then(),
                409, "club.meeting-exists");
        problem(as("coordinator-caoxanh").body(Map.of("meetingDate", day.toString(), "topics", List.of("ASTROLOGY")))
                .post("/api/v1/clubs/" + CAO_XANH + "/meetings").then(), 422, "validation.failed").body("errors[0].field", equalTo("topics[0]"));

        List<Map<String, Object>> members = as("coordinator-caoxanh").queryParam("size", 200).get("/api/v1/clubs/" + CAO_XANH + "/members")
                .then().statusCode(200).extract().path("items");
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (Map<String, Object> m : members) {
            if (!LocalDate.parse((String) m.get("joinedOn")).isAfter(day)) {
                attendance.add(Map.of("memberId", m.get("id"), "status", attendance.isEmpty() ? "LATE" : "PRESENT"));
            }
        }
        List<Map<String, Object>> guests = List.of(Map.of("sex", "FEMALE", "targetGroup", "AT_RISK", "count", 2));
        String tuanChauMember = as("coordinator-tuanchau").get("/api/v1/clubs/" + TUAN_CHAU + "/members").then().extract().path("items[0].id");

        // A member of another club, guests below zero, a missing If-Match: refused, nothing saved.
        List<Map<String, Object>> withStranger = new ArrayList<>(attendance);
        withStranger.add(Map.of("memberId", tuanChauMember, "status", "PRESENT"));
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"").body(Map.of("members", withStranger, "guests", guests))
                .put("/api/v1/clubs/" + CAO_XANH + "/meetings/" + meeting + "/attendance").then(), 422, "club.not-a-member");
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"")
                .body(Map.of("members", attendance, "guests", List.of(Map.of("sex", "MALE", "targetGroup", "AT_RISK", "count", -1))))
                .put("/api/v1/clubs/" + CAO_XANH + "/meetings/" + meeting + "/attendance").then(), 422, "validation.failed");
        problem(as("coordinator-caoxanh").body(Map.of("members", attendance, "guests", guests))
                .put("/api/v1/clubs/" + CAO_XANH + "/meetings/" + meeting + "/attendance").then(), 428, "precondition.required");
        assertEquals(0, count("SELECT count(*) FROM club_attendance WHERE meeting_id = '" + meeting + "'"));

        Map<String, Object> answered = as("coordinator-caoxanh").header("If-Match", "\"0\"").body(Map.of("members", attendance, "guests", guests))
                .put("/api/v1/clubs/" + CAO_XANH + "/meetings/" + meeting + "/attendance").then().statusCode(200)
                .body("status", equalTo("HELD")).body("attendance.late", equalTo(1))
                .body("attendance.present", equalTo(attendance.size() - 1)).body("guestsTotal", equalTo(2))
                .body("members.fullName", everyItem(notNullValue())).extract().as(Map.class);
        // The answer is built from what was written; it says what reading the meeting back says.
        Map<String, Object> read = as("coordinator-caoxanh").get("/api/v1/clubs/" + CAO_XANH + "/meetings/" + meeting).then().statusCode(200)
                .extract().as(Map.class);
        assertEquals(read, answered);
        // The overseer reads the counts, never who came nor the minutes.
        as("supervisor").get("/api/v1/clubs/" + CAO_XANH + "/meetings/" + meeting).then().statusCode(200)
                .body("attendance.late", equalTo(1)).body("members", nullValue()).body("minutes", nullValue());
        // A meeting of one club is not found under another.
        problem(as("coordinator").get("/api/v1/clubs/" + HONG_GAI + "/meetings/" + meeting).then(), 404, "resource.not-found");
        problem(as("coordinator-tuanchau").get("/api/v1/clubs/" + CAO_XANH + "/meetings/" + meeting).then(), 404, "resource.not-found");

        // A meeting still to come takes no attendance.
        LocalDate coming = LocalDate.now().plusYears(3).plusDays(ThreadLocalRandom.current().nextInt(300));
        String next = as("coordinator-caoxanh").body(Map.of("meetingDate", coming.toString())).post("/api/v1/clubs/" + CAO_XANH + "/meetings")
                .then().statusCode(201).body("actions", contains("EDIT", "ADD_MATERIAL")).extract().path("id");
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"").body(Map.of("members", attendance))
                .put("/api/v1/clubs/" + CAO_XANH + "/meetings/" + next + "/attendance").then(), 422, "club.meeting-in-future");
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"").body(Map.of("meetingDate", coming.toString(), "status", "HELD"))
                .put("/api/v1/clubs/" + CAO_XANH + "/meetings/" + next).then(), 422, "club.meeting-in-future");
        as("coordinator-caoxanh").get("/api/v1/clubs/" + CAO_XANH + "/meetings/" + next).then().body("status", equalTo("PLANNED"));
        // Only the club keeps its meetings.
        problem(as("supervisor").body(Map.of("meetingDate", pastDay().toString())).post("/api/v1/clubs/" + CAO_XANH + "/meetings").then(),
                403, "club.members-private");
    }

    @Test
    void aMonthlySeriesPlansOneMeetingPerMonthAndSkipsMonthsThatHaveOne() {
        int year = 2040 + ThreadLocalRandom.current().nextInt(60);
        // A year no earlier run of this test left meetings in.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM club_meeting WHERE club_id = ?1 AND extract(year FROM meeting_date) = ?2")
                .setParameter(1, UUID.fromString(HONG_GAI)).setParameter(2, year).executeUpdate());
        as("coordinator").body(Map.of("meetingDate", year + "-02-10")).post("/api/v1/clubs/" + HONG_GAI + "/meetings").then().statusCode(201);
        as("coordinator").body(Map.of("firstMonth", year + "-01", "months", 4, "dayOfMonth", 31, "topics", List.of("LAW_AND_POLICY")))
                .post("/api/v1/clubs/" + HONG_GAI + "/meeting-series").then().statusCode(200)
                .body("meetingDate", contains(year + "-01-31", year + "-03-31", year + "-04-30"));
        as("coordinator").queryParam("year", year).get("/api/v1/clubs/" + HONG_GAI + "/meetings").then().statusCode(200).body("total", equalTo(4));
        problem(as("coordinator").body(Map.of("firstMonth", year + "-13", "months", 4, "dayOfMonth", 1))
                .post("/api/v1/clubs/" + HONG_GAI + "/meeting-series").then(), 422, "validation.failed");
    }

    @Test
    void anAdminKeepsTheProfileAndTheBoardKeepsItsRules() {
        String organization = as("admin").body(Map.of("nameVi", "Câu lạc bộ thử " + UUID.randomUUID().toString().substring(0, 6), "kind", "CLUB",
                "placeCode", "06658")).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        Map<String, Object> profile = new HashMap<>(Map.of("organizationId", organization, "placeCode", "06658", "boardSeats", 3,
                "foundedPlaceName", "Phường Cao Thắng", "sponsorOrganizationId", "00000000-0000-4000-a000-000000000005"));
        problem(as("coordinator").body(profile).post("/api/v1/clubs").then(), 403, "auth.forbidden");
        problem(as("admin").body(Map.of("organizationId", "00000000-0000-4000-a000-000000000001", "placeCode", "06658"))
                .post("/api/v1/clubs").then(), 422, "club.not-a-club");
        problem(as("admin").body(Map.of("organizationId", organization, "placeCode", "22")).post("/api/v1/clubs").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("placeCode"));
        as("admin").body(profile).post("/api/v1/clubs").then().statusCode(201).body("provinceCode", equalTo("22"))
                .body("sponsorName", equalTo("Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh")).body("actions", contains("EDIT", "ADD_BOARD_SEAT", "ADD_FOUNDING_DECISION"));
        problem(as("admin").body(profile).post("/api/v1/clubs").then(), 409, "club.exists");

        String seats = "/api/v1/clubs/" + organization + "/board-seats";
        String head = as("admin").body(Map.of("role", "HEAD", "staffName", "Lê Thị Hà", "from", "2026-01-01")).post(seats).then().statusCode(201)
                .body("actions", contains("END")).extract().path("id");
        problem(as("admin").body(Map.of("role", "HEAD", "staffName", "Lê Thị Thu", "from", "2026-03-01")).post(seats).then(), 409, "club.head-taken");
        as("admin").body(Map.of("role", "DEPUTY_HEAD", "staffName", "Lê Thị Thu", "from", "2026-01-01")).post(seats).then().statusCode(201);
        as("admin").body(Map.of("role", "OUTREACH_WORKER", "staffName", "Lê Văn Long", "from", "2026-01-01")).post(seats).then().statusCode(201);
        problem(as("admin").body(Map.of("role", "OUTREACH_WORKER", "staffName", "Trần Văn Bình", "from", "2026-02-01")).post(seats).then(),
                409, "club.board-full");
        problem(as("admin").body(Map.of("role", "OUTREACH_WORKER", "staffName", "Trần Văn Bình", "memberId", UUID.randomUUID(), "from", "2026-02-01"))
                .post(seats).then(), 422, "validation.failed");
        as("admin").body(Map.of("on", "2026-06-30")).post(seats + "/" + head + "/end").then().statusCode(200).body("to", equalTo("2026-06-30"));
        // The head ended in June: a new head may follow from July, when two of the three seats are held.
        as("admin").body(Map.of("role", "HEAD", "staffName", "Lê Thị Thu Hà", "from", "2026-07-01")).post(seats).then().statusCode(201);
        profile.put("boardSeats", 1);
        String etag = as("admin").get("/api/v1/clubs/" + organization).then().statusCode(200).extract().header("ETag");
        problem(as("admin").header("If-Match", etag).body(profile).put("/api/v1/clubs/" + organization).then(), 409, "club.board-full");
        profile.put("boardSeats", 5);
        as("admin").header("If-Match", etag).body(profile).put("/api/v1/clubs/" + organization).then().statusCode(200).body("boardSeats", equalTo(5));
        problem(as("admin").header("If-Match", etag).body(profile).put("/api/v1/clubs/" + organization).then(), 412, "precondition.stale");
    }

    @Test
    void theProvinceOverviewCountsMeetingsPerMonthAndMembersByGroup() {
        var last = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);
        as("supervisor").queryParam("year", last.getYear()).get("/api/v1/clubs/overview").then().statusCode(200)
                .body("months.size()", equalTo(12)).body("clubs", greaterThanOrEqualTo(5))
                .body("months.find { it.month == '" + last + "' }.clubsMet", greaterThanOrEqualTo(5))
                .body("months.find { it.month == '" + last + "' }.attendances", greaterThanOrEqualTo(20))
                .body("membersByGroup.VICTIM", greaterThanOrEqualTo(5));
        as("coordinator-tuanchau").queryParam("year", last.getYear()).get("/api/v1/clubs/overview").then().statusCode(200)
                .body("clubs", equalTo(1)).body("months.find { it.month == '" + last + "' }.clubsMet", equalTo(1));
        problem(as("supervisor").queryParam("year", 1800).get("/api/v1/clubs/overview").then(), 422, "validation.failed");
        problem(as("worker").get("/api/v1/clubs/overview").then(), 403, "auth.forbidden");
    }
}
