package org.safereturn.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;

/**
 * The aggregates against counts worked out in the test from a generated set of intakes, received
 * in a month of the past no other test uses: each role's scope, small cells for the analyst, and
 * bad requests.
 */
@QuarkusTest
class ReportResourceTest {
    static final String POLICE = "00000000-0000-4000-a000-000000000003";
    /** What the generated intakes are: sex and channel, the first two identified as victims. */
    static final List<String[]> GENERATED = List.of(
            new String[] {"FEMALE", "HOTLINE"}, new String[] {"FEMALE", "HOTLINE"}, new String[] {"FEMALE", "HOTLINE"},
            new String[] {"FEMALE", "HOTLINE"}, new String[] {"FEMALE", "HOTLINE"}, new String[] {"FEMALE", "HOTLINE"},
            new String[] {"MALE", "HOTLINE"}, new String[] {"MALE", "HOTLINE"}, new String[] {"FEMALE", "NGO"});
    static YearMonth month;
    static String roomName;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void generate() {
        ensureGenerated();
    }

    /** Once per run (the application is up only once the first test starts); answers the month. */
    static synchronized YearMonth ensureGenerated() {
        if (month != null) {
            return month;
        }
        month = YearMonth.of(2000 + ThreadLocalRandom.current().nextInt(15), 1 + ThreadLocalRandom.current().nextInt(12));
        for (int i = 0; i < GENERATED.size(); i++) {
            String[] g = GENERATED.get(i);
            Map<String, Object> person = new HashMap<>(Map.of("fullName", "Người Thử Báo Cáo " + UUID.randomUUID(), "sex", g[0],
                    "estimatedAge", 19, "nationality", "VN", "idDocumentType", "NONE", "languages", List.of("vi")));
            Map<String, Object> intake = new HashMap<>(Map.of("channel", g[1], "category", "PRESUMED_VICTIM", "person", person, "placeFoundCode", "06685",
                    "receivedAt", month.atDay(3).atTime(10, 0).atOffset(ZoneOffset.ofHours(7)).toString()));
            if ("NGO".equals(g[1])) {
                intake.put("handingOverOrganizationId", Api.BLUE_DRAGON);
            }
            var created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract();
            String id = created.path("id");
            if (i == 0) {
                // The first one stays in a shelter room for five days and gets medical care.
                roomName = "Phòng thử báo cáo " + UUID.randomUUID();
                String room = as("supervisor").body(Map.of("name", roomName, "capacity", 2)).post("/api/v1/shelter/rooms")
                        .then().statusCode(201).extract().path("id");
                String stay = as("worker").body(Map.of("roomId", room, "caseId", id, "personId", created.path("person.id"),
                        "checkedInAt", month.atDay(3).atTime(12, 0).atOffset(ZoneOffset.ofHours(7)).toString())).post("/api/v1/shelter/stays")
                        .then().statusCode(201).extract().path("id");
                as("worker").body(Map.of("checkedOutAt", month.atDay(8).atTime(9, 0).atOffset(ZoneOffset.ofHours(7)).toString(), "reason", "Về nhà"))
                        .post("/api/v1/shelter/stays/" + stay + "/check-out").then().statusCode(200);
            }
            if (i < 2) {
                as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then().statusCode(200);
                as("worker").body(Map.of("decidingOrganizationId", POLICE, "decisionDate", month.atDay(5).toString(), "result", "VICTIM",
                        "forms", List.of("FORCED_LABOUR"), "countryOfExploitation", "CN", "labourTypes", List.of("CONSTRUCTION")))
                        .post("/api/v1/cases/" + id + "/identify")
                        .then().statusCode(200);
                as("worker").body(Map.of("personId", created.path("person.id"), "type", "MEDICAL", "providerOrganizationId", Api.SWC,
                        "deliveredFrom", month.atDay(10).toString())).post("/api/v1/cases/" + id + "/supports").then().statusCode(201);
            }
        }
        return month;
    }

    static Map<String, Long> expected() {
        Map<String, Long> counts = new HashMap<>();
        GENERATED.forEach(g -> counts.merge(g[0] + "/" + g[1], 1L, Long::sum));
        return counts;
    }

    @Test
    void theOrganizationsOwnStaffSeeTheirCountsWhole() {
        var answer = as("worker").queryParam("period", month.toString()).queryParam("groupBy", "sex,channel")
                .get("/api/reports/cases-received").then().statusCode(200)
                .body("scope", equalTo("ORGANIZATION")).body("suppression", nullValue()).body("total", equalTo(GENERATED.size()))
                .extract();
        List<Map<String, Object>> cells = answer.path("cells");
        Map<String, Long> seen = new HashMap<>();
        for (Map<String, Object> c : cells) {
            @SuppressWarnings("unchecked")
            Map<String, String> key = (Map<String, String>) c.get("key");
            seen.put(key.get("sex") + "/" + key.get("channel"), ((Number) c.get("value")).longValue());
        }
        assertEquals(expected(), seen, "the cells are the generated counts, without zeros");
        // Zeros on request, over the dimensions' whole domains.
        as("supervisor").queryParam("period", month.toString()).queryParam("groupBy", "sex,channel").queryParam("zeros", true)
                .get("/api/reports/cases-received").then().statusCode(200)
                .body("cells.size()", equalTo(4 * 8))
                .body("cells.find { it.key.sex == 'MALE' && it.key.channel == 'NGO' }.value", equalTo(0));
        // By age band (kept at intake) and the month of the period; one quarter holds the same.
        as("worker").queryParam("period", month.getYear() + "Q" + ((month.getMonthValue() - 1) / 3 + 1)).queryParam("groupBy", "ageBand,month")
                .get("/api/reports/cases-received").then().statusCode(200)
                .body("cells.find { it.key.ageBand == 'AGE_18_20' && it.key.month == '" + month + "' }.value", equalTo(GENERATED.size()));
        as("worker").queryParam("period", month.toString()).queryParam("groupBy", "handingOverOrganization")
                .get("/api/reports/cases-received").then().statusCode(200)
                .body("labels.handingOverOrganization['" + Api.BLUE_DRAGON + "']", notNullValue());
    }

    @Test
    void verificationAndIdentificationCountTheLegalPath() {
        // Two decided a day after their 3-day deadline had long passed; the rest never verified.
        as("supervisor").queryParam("period", month.toString()).queryParam("groupBy", "outcome").queryParam("zeros", true)
                .get("/api/reports/verification").then().statusCode(200)
                .body("cells.find { it.key.outcome == 'LATE' }.value", equalTo(2))
                .body("cells.find { it.key.outcome == 'OVERDUE' }.value", equalTo(GENERATED.size() - 2))
                .body("cells.find { it.key.outcome == 'ON_TIME' }.value", equalTo(0));
        as("worker").queryParam("period", month.toString()).queryParam("groupBy", "countryOfExploitation,sex")
                .get("/api/reports/victims-identified").then().statusCode(200)
                .body("cells.find { it.key.countryOfExploitation == 'CN' && it.key.sex == 'FEMALE' }.value", equalTo(2));
        as("worker").queryParam("period", month.toString()).queryParam("groupBy", "form")
                .get("/api/reports/exploitation-forms").then().statusCode(200)
                .body("cells.find { it.key.form == 'FORCED_LABOUR' }.value", equalTo(2));
        as("worker").queryParam("period", month.toString()).queryParam("groupBy", "form,type")
                .get("/api/reports/exploitation-types").then().statusCode(200).body("total", equalTo(2))
                .body("cells.find { it.key.form == 'LABOUR' && it.key.type == 'CONSTRUCTION' }.value", equalTo(2));
    }

    @Test
    void analystsGetEveryOrganizationWithSmallCellsWithheldSoThatNoneCanBeWorkedOut() throws SQLException {
        var answer = as("analyst").queryParam("period", month.toString()).queryParam("groupBy", "sex,channel")
                .get("/api/reports/cases-received").then().statusCode(200)
                .body("scope", equalTo("ALL")).body("suppression.threshold", equalTo(5))
                .body("suppression.primary", equalTo(2)).body("suppression.complementary", greaterThan(0))
                .body("total", equalTo(GENERATED.size()))
                .body("cells.findAll { it.suppressed }.value", everyItem(nullValue()))
                .extract();
        List<Map<String, Object>> cells = answer.path("cells");
        Map<String, Long> truth = expected();
        int withheld = 0;
        for (Map<String, Object> c : cells) {
            @SuppressWarnings("unchecked")
            Map<String, String> key = (Map<String, String>) c.get("key");
            String k = key.get("sex") + "/" + key.get("channel");
            if (Boolean.TRUE.equals(c.get("suppressed"))) {
                withheld++;
            } else {
                assertEquals(truth.getOrDefault(k, 0L), ((Number) c.get("value")).longValue(), k);
                assertTrue(truth.getOrDefault(k, 0L) == 0 || truth.get(k) >= 5, "no small count is published: " + k);
            }
        }
        assertTrue(withheld >= 3, "the two small cells and at least one that would reveal them");
        // Across the sex line of HOTLINE and the channel line of FEMALE, never one withheld cell alone.
        for (String line : new String[] {"HOTLINE", "NGO"}) {
            long alone = cells.stream().filter(c -> line.equals(((Map<?, ?>) c.get("key")).get("channel")) && Boolean.TRUE.equals(c.get("suppressed"))).count();
            assertNotEquals(1L, alone, "channel " + line);
        }
        try (var c = db.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM audit_event WHERE action = 'REPORT_READ' AND record_id = 'cases-received'")) {
            rs.next();
            assertTrue(rs.getLong(1) > 0, "reports are audited");
        }
    }

    @Test
    void supportsAndShelterStaysAreCounted() {
        as("worker").queryParam("period", month.toString()).queryParam("groupBy", "supportType")
                .get("/api/reports/supports-delivered").then().statusCode(200)
                .body("cells.find { it.key.supportType == 'MEDICAL' }.value", equalTo(2));
        as("supervisor").queryParam("period", month.toString()).queryParam("groupBy", "stay,sex")
                .get("/api/reports/shelter-stays").then().statusCode(200)
                .body("cells.find { it.key.stay == 'LEFT' && it.key.sex == 'FEMALE' }.value", equalTo(1));
        // The month after, the stay is over and counts no more.
        as("supervisor").queryParam("period", month.plusMonths(1).toString()).get("/api/reports/shelter-stays").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void occupancyIsTheShareOfTheRoomsPlacesTakenNightByNight() {
        // Two places every night of the month; the stay took one at the midnights of the 4th to the 8th: five bed-nights.
        double percent = Math.round(100.0 * 5 / (2.0 * month.lengthOfMonth()) * 100) / 100.0;
        as("supervisor").queryParam("period", month.toString()).queryParam("groupBy", "room")
                .get("/api/reports/shelter-occupancy").then().statusCode(200)
                .body("amountUnit", equalTo("% occupied"))
                .body("cells.find { it.key.room == '" + roomName + "' }.value", equalTo(2 * month.lengthOfMonth()))
                .body("cells.find { it.key.room == '" + roomName + "' }.amount", equalTo((float) percent));
        // Nights to come hold no places yet.
        as("supervisor").queryParam("period", String.valueOf(java.time.Year.now().getValue() + 1)).get("/api/reports/shelter-occupancy")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void entitlementCoverageSetsWhatTheLawGivesAgainstWhatWasDelivered() {
        // The engine's own answer for the generated persons: Vietnamese adults in Vietnam, two identified as victims.
        int victim = entitled(org.safereturn.cases.Entitlements.Status.VICTIM);
        int beingIdentified = entitled(org.safereturn.cases.Entitlements.Status.BEING_IDENTIFIED);
        as("supervisor").queryParam("period", month.toString()).queryParam("groupBy", "status,delivered").queryParam("zeros", true)
                .get("/api/reports/entitlement-coverage").then().statusCode(200)
                .body("total", equalTo(2 * victim + (GENERATED.size() - 2) * beingIdentified))
                .body("cells.find { it.key.status == 'VICTIM' && it.key.delivered == 'YES' }.value", equalTo(2))
                .body("cells.find { it.key.status == 'VICTIM' && it.key.delivered == 'NO' }.value", equalTo(2 * victim - 2))
                .body("cells.find { it.key.status == 'BEING_IDENTIFIED' && it.key.delivered == 'YES' }.value", equalTo(0));
        as("worker").queryParam("period", month.toString()).queryParam("groupBy", "supportType,delivered")
                .get("/api/reports/entitlement-coverage").then().statusCode(200)
                .body("cells.find { it.key.supportType == 'MEDICAL' && it.key.delivered == 'YES' }.value", equalTo(2))
                .body("cells.find { it.key.supportType == 'MEDICAL' && it.key.delivered == 'NO' }.value", equalTo(GENERATED.size() - 2));
    }

    private static int entitled(org.safereturn.cases.Entitlements.Status status) {
        var e = org.safereturn.cases.Entitlements.of(org.safereturn.cases.Entitlements.Subject.person(status,
                org.safereturn.cases.Entitlements.Citizenship.VIETNAMESE, 19, true));
        return (int) java.util.Arrays.stream(org.safereturn.cases.SupportType.values()).filter(e::allows).count();
    }

    @Test
    void amountsSitBesideTheCountsAndAreWithheldWithThem() {
        // The generated stay ran from the 3rd at noon to the 8th at nine: 4.875 nights.
        as("supervisor").queryParam("period", month.toString()).queryParam("groupBy", "stay")
                .get("/api/reports/shelter-stays").then().statusCode(200)
                .body("amountUnit", equalTo("bed-nights")).body("totalAmount", equalTo(4.88f))
                .body("cells.find { it.key.stay == 'LEFT' }.amount", equalTo(4.88f));
        as("analyst").queryParam("period", month.toString()).queryParam("groupBy", "stay")
                .get("/api/reports/shelter-stays").then().statusCode(200)
                .body("cells.findAll { it.suppressed }.amount", everyItem(nullValue())).body("totalAmount", nullValue());
        // Medical care is not cash: the persons count, the cash total is nothing.
        as("worker").queryParam("period", month.toString()).get("/api/reports/supports-delivered").then().statusCode(200)
                .body("amountUnit", equalTo("VND")).body("total", equalTo(2)).body("totalAmount", equalTo(0.0f));
        as("worker").queryParam("period", month.toString()).get("/api/reports/hotline-contacts").then().statusCode(200)
                .body("amountUnit", equalTo("average minutes to respond"));
        as("worker").get("/api/reports").then().statusCode(200)
                .body("items.find { it.name == 'referrals-completed' }.amountUnit", equalTo("median days to complete"));
    }

    @Test
    void clubReportsFollowTheClubScopes() {
        int year = LocalDate.now().getYear();
        as("supervisor").queryParam("period", String.valueOf(year)).queryParam("groupBy", "club")
                .get("/api/reports/club-meetings").then().statusCode(200).body("scope", equalTo("PROVINCE"))
                .body("cells.key.club", hasItem("00000000-0000-4000-a000-000000000010"));
        as("coordinator-caoxanh").queryParam("period", String.valueOf(year)).queryParam("groupBy", "club")
                .get("/api/reports/club-meetings").then().statusCode(200).body("scope", equalTo("CLUB"))
                .body("cells.key.club", everyItem(equalTo("00000000-0000-4000-a000-000000000008")));
        as("coordinator").queryParam("period", String.valueOf(year)).queryParam("groupBy", "targetGroup")
                .get("/api/reports/club-members").then().statusCode(200).body("total", greaterThan(0));
        problem(as("worker").queryParam("period", "2026").get("/api/reports/club-meetings").then(), 403, "auth.forbidden");
        problem(as("coordinator").queryParam("period", "2026").get("/api/reports/cases-received").then(), 403, "auth.forbidden");
    }

    @Test
    void badRequestsAreProblems() {
        problem(as("analyst").queryParam("period", "2026").get("/api/reports/astrology").then(), 404, "resource.not-found");
        problem(as("analyst").queryParam("period", "2026").queryParam("groupBy", "zodiac").get("/api/reports/cases-received").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("groupBy"));
        problem(as("analyst").queryParam("period", "2026").queryParam("groupBy", "sex,channel,category,status").get("/api/reports/cases-received").then(),
                422, "validation.failed");
        problem(as("analyst").queryParam("from", "2010-01-01").queryParam("to", "2026-01-01").get("/api/reports/cases-received").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("to"));
        problem(as("analyst").queryParam("period", "2026-13").get("/api/reports/cases-received").then(), 422, "validation.failed");
        problem(as("analyst").get("/api/reports/cases-received").then(), 422, "validation.failed");
        problem(as("analyst").queryParam("period", "2026").queryParam("place", "99999").get("/api/reports/cases-received").then(), 422, "validation.failed");
        problem(as("worker").queryParam("period", "2026").queryParam("organizationId", Api.BLUE_DRAGON).get("/api/reports/cases-received").then(),
                403, "report.out-of-scope");
        problem(as("operator").queryParam("period", "2026").get("/api/reports/cases-received").then(), 403, "auth.forbidden");
        problem(as("partner").queryParam("period", "2026").get("/api/reports/cases-received").then(), 403, "auth.forbidden");
        problem(anonymous().queryParam("period", "2026").get("/api/reports/cases-received").then(), 401, "auth.unauthenticated");
        as("analyst").get("/api/reports").then().statusCode(200).body("items.name", hasItem("verification"));
    }
}
