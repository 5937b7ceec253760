package org.safereturn.prevention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;
import org.safereturn.testing.Tokens;

@QuarkusTest
class PreventionResourceTest {
    static final String POLICE = "00000000-0000-4000-a000-000000000003";

    @Inject
    EntityManager em;

    static Map<String, Object> training(String topic) {
        Map<String, Object> t = new HashMap<>();
        t.put("topic", topic);
        t.put("startsOn", "2020-10-20");
        t.put("endsOn", "2020-10-21");
        t.put("placeCode", "22");
        t.put("funder", "World Vision Việt Nam");
        t.put("trainers", List.of("ThS. Nguyễn Thị Minh"));
        t.put("participants", List.of(
                Map.of("organizationId", Api.SWC, "staffRole", "SOCIAL_WORKER", "fullName", "Lê Thị Thử Học", "attendance", "ATTENDED"),
                Map.of("organizationId", POLICE, "staffRole", "POLICE_OFFICER", "fullName", "Trần Văn Thử", "attendance", "ABSENT")));
        t.put("counts", List.of(Map.of("unitName", "Cán bộ 10 xã, phường", "staffRole", "COMMUNE_OFFICIAL", "count", 90)));
        return t;
    }

    static Map<String, Object> campaign(int women, int men) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", "Tờ rơi Ngôi nhà Bình yên");
        c.put("channel", "LEAFLET");
        c.put("placeCode", "06658");
        c.put("startsOn", "2026-03-01");
        c.put("endsOn", "2026-03-31");
        c.put("materials", "Tờ rơi A5");
        c.put("materialsCount", 5000);
        c.put("countingMethod", "COPIES_DISTRIBUTED");
        c.put("reach", List.of(Map.of("sex", "FEMALE", "ageGroup", "ADULTS", "count", women), Map.of("sex", "MALE", "ageGroup", "ADULTS", "count", men)));
        return c;
    }

    @Test
    void aTrainingCountsItsNamedAndCountedParticipantsAndOnlyTheOrganizerReadsTheNames() {
        String topic = "Nhận diện nạn nhân " + UUID.randomUUID().toString().substring(0, 6);
        String id = as("worker").body(training(topic)).post("/api/v1/trainings").then().statusCode(201)
                .body("totals.named", equalTo(2)).body("totals.attended", equalTo(1)).body("totals.counted", equalTo(90))
                .body("totals.trained", equalTo(91)).body("participants.fullName", hasItem("Lê Thị Thử Học"))
                .body("actions", contains("EDIT")).extract().path("id");
        String raw = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT string_agg(full_name_enc, '|') FROM training_participant WHERE training_id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult());
        assertFalse(raw.contains("Thử"), "participants' names are encrypted at rest");

        as("supervisor").get("/api/v1/trainings/" + id).then().statusCode(200).body("participants.fullName", hasItem("Trần Văn Thử"));
        for (String user : new String[] {"admin", "analyst"}) {
            as(user).get("/api/v1/trainings/" + id).then().statusCode(200)
                    .body("participants.fullName", everyItem(nullValue())).body("totals.trained", equalTo(91)).body("actions", equalTo(List.of()));
        }
        as("supervisor").queryParam("year", 2020).queryParam("size", 200).get("/api/v1/trainings").then().statusCode(200)
                .body("items.topic", hasItem(topic)).body("items.participants.fullName.flatten()", everyItem(nullValue()));
        for (String user : new String[] {"operator", "partner", "coordinator"}) {
            problem(as(user).get("/api/v1/trainings").then(), 403, "auth.forbidden");
        }
        problem(as("admin").body(training(topic)).post("/api/v1/trainings").then(), 403, "auth.forbidden");
        problem(anonymous().get("/api/v1/trainings").then(), 401, "auth.unauthenticated");
        problem(asToken(Tokens.blueDragon()).get("/api/v1/trainings/" + id).then(), 403, "auth.forbidden");

        Map<String, Object> backwards = training(topic);
        backwards.put("endsOn", "2020-10-19");
        problem(as("worker").body(backwards).post("/api/v1/trainings").then(), 422, "validation.failed").body("errors[0].field", equalTo("endsOn"));
        Map<String, Object> unknown = training(topic);
        unknown.put("counts", List.of(Map.of("staffRole", "TEACHER", "count", 3)));
        problem(as("worker").body(unknown).post("/api/v1/trainings").then(), 422, "validation.failed").body("errors[0].field", equalTo("counts[0]"));
        Map<String, Object> negative = training(topic);
        negative.put("counts", List.of(Map.of("unitName", "Xã A", "staffRole", "TEACHER", "count", -3)));
        problem(as("worker").body(negative).post("/api/v1/trainings").then(), 422, "validation.failed");

        problem(as("worker").body(training(topic)).put("/api/v1/trainings/" + id).then(), 428, "precondition.required");
        Map<String, Object> changed = training(topic);
        changed.put("participants", List.of());
        as("worker").header("If-Match", "\"0\"").body(changed).put("/api/v1/trainings/" + id).then().statusCode(200)
                .body("totals.trained", equalTo(90)).body("version", equalTo(1));
        problem(as("worker").header("If-Match", "\"0\"").body(changed).put("/api/v1/trainings/" + id).then(), 412, "precondition.stale");
    }

    @Test
    void aCampaignNeverReachesMoreThanTheCommunesPopulation() {
        as("admin").body(Map.of("asOf", "2026-01-01", "population", 12000, "women", 6100, "children", 2500, "source", "Số liệu thử"))
                .post("/api/v1/places/06658/population").then().statusCode(200).body("population", equalTo(12000));
        long before = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM information_campaign")
                .getSingleResult()).longValue());
        problem(as("worker").body(campaign(8000, 5000)).post("/api/v1/campaigns").then(), 422, "prevention.reach-exceeds-population")
                .body("errors[0].field", equalTo("reach"));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM information_campaign")
                .getSingleResult()).longValue()), "nothing recorded");

        String id = as("worker").body(campaign(3000, 2000)).post("/api/v1/campaigns").then().statusCode(201)
                .body("reached", equalTo(5000)).body("population.population", equalTo(12000)).body("reachedPercent", equalTo(41.7f))
                .body("placeName", notNullValue()).extract().path("id");
        as("analyst").get("/api/v1/campaigns/" + id).then().statusCode(200).body("reached", equalTo(5000)).body("actions", equalTo(List.of()));
        as("supervisor").queryParam("placeCode", "06658").get("/api/v1/campaigns").then().statusCode(200).body("items.id", hasItem(id));

        Map<String, Object> twice = campaign(10, 10);
        twice.put("reach", List.of(Map.of("sex", "FEMALE", "ageGroup", "ADULTS", "count", 1), Map.of("sex", "FEMALE", "ageGroup", "ADULTS", "count", 2)));
        problem(as("worker").body(twice).post("/api/v1/campaigns").then(), 422, "validation.failed").body("errors[0].field", equalTo("reach[1]"));
        Map<String, Object> province = campaign(10, 10);
        province.put("placeCode", "22");
        problem(as("worker").body(province).post("/api/v1/campaigns").then(), 422, "validation.failed").body("errors[0].field", equalTo("placeCode"));
        problem(as("coordinator").body(campaign(1, 1)).post("/api/v1/campaigns").then(), 403, "auth.forbidden");
        problem(as("worker").body(Map.of("asOf", "2026-01-01", "population", 5)).post("/api/v1/places/06658/population").then(), 403, "auth.forbidden");
        problem(as("admin").body(Map.of("asOf", "2026-01-01", "population", 5, "women", 9)).post("/api/v1/places/06658/population").then(),
                422, "validation.failed").body("errors[0].field", equalTo("women"));
        problem(as("worker").get("/api/v1/places/99999/population").then(), 404, "resource.not-found");
    }

    @Test
    void anOrganizationsStaffByRoleIsKeptByItsSupervisorsAndAdmins() {
        as("supervisor").body(Map.of("asOf", "2026-01-01", "entries", List.of(Map.of("staffRole", "SOCIAL_WORKER", "headcount", 24),
                Map.of("staffRole", "OTHER", "headcount", 6)))).put("/api/v1/organizations/" + Api.SWC + "/staff-roster").then().statusCode(200)
                .body("asOf", equalTo("2026-01-01")).body("entries.find { it.staffRole == 'SOCIAL_WORKER' }.headcount", equalTo(24));
        as("analyst").get("/api/v1/organizations/" + Api.SWC + "/staff-roster").then().statusCode(200).body("entries.size()", equalTo(2));
        problem(as("supervisor").body(Map.of("asOf", "2026-01-01", "entries", List.of(Map.of("staffRole", "POLICE_OFFICER", "headcount", 5))))
                .put("/api/v1/organizations/" + POLICE + "/staff-roster").then(), 404, "resource.not-found");
        problem(as("supervisor").get("/api/v1/organizations/" + POLICE + "/staff-roster").then(), 404, "resource.not-found");
        as("admin").body(Map.of("asOf", "2026-01-01", "entries", List.of(Map.of("staffRole", "POLICE_OFFICER", "headcount", 120))))
                .put("/api/v1/organizations/" + POLICE + "/staff-roster").then().statusCode(200);
        problem(as("admin").body(Map.of("asOf", "2026-01-01", "entries", List.of(Map.of("staffRole", "POLICE_OFFICER", "headcount", 1),
                Map.of("staffRole", "POLICE_OFFICER", "headcount", 2)))).put("/api/v1/organizations/" + POLICE + "/staff-roster").then(),
                422, "validation.failed");
        problem(as("worker").get("/api/v1/organizations/" + Api.SWC + "/staff-roster").then(), 403, "auth.forbidden");
    }

    @Test
    void theDemoHoldsTheProvincesSeedTrainingsAndCampaigns() {
        as("supervisor").get("/api/v1/trainings/00000000-0000-4000-f000-000000000001").then().statusCode(200)
                .body("classes", equalTo(30)).body("totals.trained", equalTo(2700));
        as("supervisor").get("/api/v1/trainings/00000000-0000-4000-f000-000000000002").then().statusCode(200)
                .body("totals.named", equalTo(34)).body("participants.fullName", everyItem(notNullValue()));
        as("analyst").get("/api/v1/campaigns/00000000-0000-4000-f000-000000000102").then().statusCode(200)
                .body("materialsCount", equalTo(40000)).body("reached", equalTo(40000)).body("population.population", equalTo(62000));
        as("analyst").get("/api/v1/campaigns/00000000-0000-4000-f000-000000000101").then().statusCode(200).body("materialsCount", equalTo(7));
    }
}
