package org.safereturn.shelter;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.safereturn.audit.AuditService;
import org.safereturn.testing.Tokens;

@QuarkusTest
class ShelterResourceTest {
    static final String ROOMS = "/api/v1/shelter/rooms";
    static final String STAYS = "/api/v1/shelter/stays";
    static final String OCCUPANCY = "/api/v1/shelter/occupancy";
    static final String DEMO_ROOM_1 = "00000000-0000-4000-c000-000000000001";
    static final String[] READERS = {"worker", "supervisor"};
    /** Hotline operators too: the board tells who stays in which room. */
    static final String[] REFUSED = {"admin", "analyst", "partner", "coordinator", "operator"};
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditService audit;

    /** A case opened by the worker, with an accompanying child: {caseId, personId, childId, personName}. */
    static String[] openCase() {
        String name = "Trần Thị Tạm Lánh " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new HashMap<>(Map.of("fullName", name, "sex", "FEMALE", "estimatedAge", 24));
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "BORDER_GUARD_HANDOVER",
                "receivedAt", OffsetDateTime.now().minusHours(3).toString(), "person", person, "category", "PRESUMED_VICTIM",
                "accompanyingChildren", List.of(Map.of("fullName", "Bé " + name, "sex", "MALE", "estimatedAge", 4))));
        var created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract();
        return new String[] {created.path("id"), created.path("person.id"), created.path("accompanyingChildren[0].id"), name};
    }

    static Map<String, Object> roomBody(String name, int capacity) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("capacity", capacity);
        m.put("note", "Phòng dùng cho kiểm thử");
        return m;
    }

    /** A new active room of the Social Work Centre, made by its supervisor; names never sort before the demo rooms. */
    static String room(int capacity) {
        return as("supervisor").body(roomBody("Phòng thử " + UUID.randomUUID(), capacity)).post(ROOMS)
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> checkInBody(String roomId, String caseId, String personId) {
        Map<String, Object> m = new HashMap<>();
        m.put("roomId", roomId);
        m.put("caseId", caseId);
        m.put("personId", personId);
        m.put("checkedInAt", OffsetDateTime.now().minusHours(1).toString());
        m.put("expectedCheckOutAt", OffsetDateTime.now().plusDays(30).toString());
        return m;
    }

    static String checkIn(String roomId, String caseId, String personId) {
        return as("worker").body(checkInBody(roomId, caseId, personId)).post(STAYS).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> checkOutBody(String reason) {
        return new HashMap<>(Map.of("checkedOutAt", OffsetDateTime.now().minusMinutes(1).toString(), "reason", reason));
    }

    /** Sends all check-ins at the same moment, each on its own connection, and answers the responses in order. */
    static List<HttpResponse<String>> race(List<Map<String, Object>> bodies) throws Exception {
        String token = Tokens.user("worker");
        URI uri = URI.create("http://127.0.0.1:" + RestAssured.port + STAYS);
        CyclicBarrier start = new CyclicBarrier(bodies.size());
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                String json = JSON.writeValueAsString(body);
                futures.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build();
                    start.await(10, TimeUnit.SECONDS);
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Integer> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().map(HttpResponse::statusCode).sorted().toList();
    }

    static String codeOf(HttpResponse<String> response) {
        return JsonPath.from(response.body()).getString("code");
    }

    @Test
    void readersSeeTheDemoRoomsInNumberOrderWithCapacityOccupancyAndFreePlaces() {
        for (String user : READERS) {
            as(user).get(ROOMS).then().statusCode(200)
                    .body("items[0..9].name", contains("Phòng tạm lánh 1", "Phòng tạm lánh 2", "Phòng tạm lánh 3",
                            "Phòng tạm lánh 4", "Phòng tạm lánh 5", "Phòng tạm lánh 6", "Phòng tạm lánh 7",
                            "Phòng tạm lánh 8", "Phòng tạm lánh 9", "Phòng tạm lánh 10"))
                    .body("items[0..9].capacity", everyItem(equalTo(2)))
                    .body("items.organizationId", everyItem(equalTo("00000000-0000-4000-a000-000000000001")))
                    .body("items[0].id", equalTo(DEMO_ROOM_1))
                    .body("size", equalTo(20)).body("page", equalTo(0));
            as(user).get(ROOMS + "/" + DEMO_ROOM_1).then().statusCode(200).header("ETag", notNullValue())
                    .body("name", equalTo("Phòng tạm lánh 1")).body("status", equalTo("ACTIVE"));
        }
        JsonPath page = as("worker").queryParam("size", 200).get(ROOMS).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> r : items) {
            int expected = "ACTIVE".equals(r.get("status"))
                    ? Math.max(0, (Integer) r.get("capacity") - ((Number) r.get("occupied")).intValue()) : 0;
            assertEquals(expected, r.get("free"), "free places of " + r.get("name"));
        }
        problem(as("worker").queryParam("status", "FULL").get(ROOMS).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("status"));
        problem(as("worker").queryParam("sort", "note,asc").get(ROOMS).then(), 422, "validation.failed");
        as("worker").queryParam("status", "CLOSED").queryParam("size", 200).get(ROOMS).then().statusCode(200)
                .body("items.status", everyItem(equalTo("CLOSED")));
    }

    @Test
    void supervisorsCreateAndChangeRoomsWithIfMatch() {
        String name = "Phòng thử " + UUID.randomUUID();
        String id = as("supervisor").body(roomBody(name, 3)).post(ROOMS).then().statusCode(201)
                .header("Location", containsString(ROOMS + "/")).header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name)).body("capacity", equalTo(3)).body("status", equalTo("ACTIVE"))
                .body("occupied", equalTo(0)).body("free", equalTo(3))
                .body("organizationId", equalTo("00000000-0000-4000-a000-000000000001"))
                .extract().path("id");
        problem(as("supervisor").body(roomBody(name, 2)).post(ROOMS).then(), 409, "shelter.room-exists");
        Map<String, Object> change = roomBody(name + " (tầng 2)", 4);
        problem(as("supervisor").body(change).put(ROOMS + "/" + id).then(), 428, "precondition.required");
        as("supervisor").header("If-Match", "\"0\"").body(change).put(ROOMS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("capacity", equalTo(4)).body("free", equalTo(4));
        problem(as("supervisor").header("If-Match", "\"0\"").body(change).put(ROOMS + "/" + id).then(), 412, "precondition.stale");
        Map<String, Object> demoName = roomBody("Phòng tạm lánh 1", 4);
        problem(as("supervisor").header("If-Match", "\"1\"").body(demoName).put(ROOMS + "/" + id).then(), 409, "shelter.room-exists");
        as("worker").get(ROOMS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo(name + " (tầng 2)"));
        problem(as("supervisor").header("If-Match", "\"0\"").body(change).put(ROOMS + "/" + UUID.randomUUID()).then(), 404, "resource.not-found");
        problem(as("worker").get(ROOMS + "/" + UUID.randomUUID()).then(), 404, "resource.not-found");
        assertEquals(2, audit.countFor("SHELTER_ROOM", id));
    }

    @Test
    void invalidRoomsAre422AndMalformedBodies400() {
        Map<String, Object> zero = roomBody(" ", 0);
        zero.put("status", "OPEN");
        problem(as("supervisor").body(zero).post(ROOMS).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("status"));
        problem(as("supervisor").body(roomBody(" ", 0)).post(ROOMS).then(), 422, "validation.failed")
                .body("errors.field", containsInAnyOrder("capacity", "name"));
        Map<String, Object> noCapacity = roomBody("Phòng không sức chứa", 1);
        noCapacity.remove("capacity");
        problem(as("supervisor").body(noCapacity).post(ROOMS).then(), 422, "validation.failed")
                .body("errors.field", hasItem("capacity"));
        problem(as("supervisor").body(roomBody("Phòng quá lớn", 1000)).post(ROOMS).then(), 422, "validation.failed")
                .body("errors.field", hasItem("capacity"));
        problem(as("supervisor").body("{\"name\": ").post(ROOMS).then(), 400, "request.malformed");
        as("worker").queryParam("size", 200).get(ROOMS).then().body("items.name", not(hasItem("Phòng không sức chứa")));
    }

    @Test
    void rolesAreCheckedOnEveryEndpoint() {
        String[] c = openCase();
        String room = room(2);
        Map<String, Object> checkIn = checkInBody(room, c[0], c[1]);
        Map<String, Object> change = roomBody("Phòng không được đổi", 2);
        String someStay = UUID.randomUUID().toString();
        for (String user : READERS) {
            as(user).get(ROOMS).then().statusCode(200);
            as(user).get(ROOMS + "/" + room).then().statusCode(200);
            as(user).get(OCCUPANCY).then().statusCode(200);
            as(user).get(STAYS).then().statusCode(200);
        }
        for (String user : new String[] {"worker"}) {
            problem(as(user).body(roomBody("Phòng không được tạo", 2)).post(ROOMS).then(), 403, "auth.forbidden");
            problem(as(user).header("If-Match", "\"0\"").body(change).put(ROOMS + "/" + room).then(), 403, "auth.forbidden");
        }
        for (String user : REFUSED) {
            problem(as(user).get(ROOMS).then(), 403, "auth.forbidden");
            problem(as(user).get(ROOMS + "/" + room).then(), 403, "auth.forbidden");
            problem(as(user).get(OCCUPANCY).then(), 403, "auth.forbidden");
            problem(as(user).get(STAYS).then(), 403, "auth.forbidden");
            problem(as(user).get(STAYS + "/" + someStay).then(), 403, "auth.forbidden");
            problem(as(user).body(roomBody("Phòng không được tạo", 2)).post(ROOMS).then(), 403, "auth.forbidden");
            problem(as(user).header("If-Match", "\"0\"").body(change).put(ROOMS + "/" + room).then(), 403, "auth.forbidden");
            problem(as(user).body(checkIn).post(STAYS).then(), 403, "auth.forbidden");
            problem(as(user).body(checkOutBody("x")).post(STAYS + "/" + someStay + "/check-out").then(), 403, "auth.forbidden");
        }
        problem(asToken(Tokens.blueDragon()).get(OCCUPANCY).then(), 403, "auth.forbidden");
        problem(anonymous().get(ROOMS).then(), 401, "auth.unauthenticated");
        problem(anonymous().get(ROOMS + "/" + room).then(), 401, "auth.unauthenticated");
        problem(anonymous().get(OCCUPANCY).then(), 401, "auth.unauthenticated");
        problem(anonymous().get(STAYS).then(), 401, "auth.unauthenticated");
        problem(anonymous().body(roomBody("x", 1)).post(ROOMS).then(), 401, "auth.unauthenticated");
        problem(anonymous().header("If-Match", "\"0\"").body(change).put(ROOMS + "/" + room).then(), 401, "auth.unauthenticated");
        problem(anonymous().body(checkIn).post(STAYS).then(), 401, "auth.unauthenticated");
        problem(anonymous().body(checkOutBody("x")).post(STAYS + "/" + someStay + "/check-out").then(), 401, "auth.unauthenticated");
        as("worker").queryParam("caseId", c[0]).get(STAYS).then().statusCode(200).body("total", equalTo(0));
        as("worker").get(ROOMS + "/" + room).then().body("name", not(equalTo("Phòng không được đổi"))).header("ETag", equalTo("\"0\""));
    }

    @Test
    void aCheckInAndCheckOutFollowTheCaseTimelineAndAuditWithoutPersonalData() {
        String[] c = openCase();
        String room = room(2);
        String stay = as("supervisor").body(checkInBody(room, c[0], c[1])).post(STAYS).then().statusCode(201)
                .header("Location", containsString(STAYS + "/"))
                .body("roomId", equalTo(room)).body("caseId", equalTo(c[0])).body("personId", equalTo(c[1]))
                .body("current", equalTo(true)).body("checkedOutAt", nullValue()).body("checkedInByName", equalTo("Phạm Thị Hương"))
                .body("roomName", containsString("Phòng thử"))
                .extract().path("id");
        String child = checkIn(room, c[0], c[2]);
        as("worker").queryParam("caseId", c[0]).get(STAYS).then().statusCode(200)
                .body("items.personName", containsInAnyOrder(c[3], "Bé " + c[3]));
        problem(as("operator").get(STAYS + "/" + stay).then(), 403, "auth.forbidden");
        as("worker").get(ROOMS + "/" + room).then().body("occupied", equalTo(2)).body("free", equalTo(0));

        as("worker").body(checkOutBody("Handed over to her family in Móng Cái")).post(STAYS + "/" + stay + "/check-out").then()
                .statusCode(200).body("current", equalTo(false)).body("checkedOutAt", notNullValue())
                .body("checkOutReason", equalTo("Handed over to her family in Móng Cái")).body("checkedOutByName", equalTo("Nguyễn Thị Lan"));
        problem(as("worker").body(checkOutBody("again")).post(STAYS + "/" + stay + "/check-out").then(), 409, "shelter.already-checked-out");
        as("supervisor").get(STAYS + "/" + stay).then().statusCode(200).body("checkOutReason", equalTo("Handed over to her family in Móng Cái"));
        as("worker").get(ROOMS + "/" + room).then().body("occupied", equalTo(1)).body("free", equalTo(1));

        as("worker").queryParam("caseId", c[0]).get(STAYS).then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(stay, child));
        as("worker").queryParam("caseId", c[0]).queryParam("current", true).get(STAYS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(child));
        as("worker").queryParam("roomId", room).queryParam("current", false).get(STAYS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(stay));

        as("worker").queryParam("size", 50).get("/api/v1/cases/" + c[0] + "/timeline").then().statusCode(200)
                .body("items.findAll { it.type == 'SHELTER_CHECKED_IN' }.size()", equalTo(2))
                .body("items.type", hasItem("SHELTER_CHECKED_OUT"))
                .body("items.summary", everyItem(not(containsString(c[3]))))
                .body("items.summary", not(hasItem(containsString("Móng Cái"))));
        assertEquals(3, audit.countFor("SHELTER_STAY", stay)); // check-in, the supervisor's read, check-out
        // The place is free again: the person may come back.
        checkIn(room, c[0], c[1]);
    }

    @Test
    void aPersonOfAClosedCaseIsNotCheckedIn() {
        String[] c = openCase();
        as("supervisor").body(Map.of("reason", "Opened by mistake")).post("/api/v1/cases/" + c[0] + "/close").then().statusCode(200);
        String room = room(2);
        problem(as("worker").body(checkInBody(room, c[0], c[1])).post(STAYS).then(), 409, "shelter.case-closed");
        as("worker").get(ROOMS + "/" + room).then().body("occupied", equalTo(0));
    }

    @Test
    void overCapacityIs409AndChangesNothing() {
        String room = room(1);
        String[] first = openCase();
        String[] second = openCase();
        checkIn(room, first[0], first[1]);
        problem(as("worker").body(checkInBody(room, second[0], second[1])).post(STAYS).then(), 409, "shelter.full");
        as("worker").queryParam("caseId", second[0]).get(STAYS).then().body("total", equalTo(0));
        as("worker").get(ROOMS + "/" + room).then().body("occupied", equalTo(1)).body("free", equalTo(0));
        as("worker").queryParam("size", 50).get("/api/v1/cases/" + second[0] + "/timeline").then()
                .body("items.type", not(hasItem("SHELTER_CHECKED_IN")));
    }

    @Test
    void aPersonStaysInOneRoomAtATime() {
        String[] c = openCase();
        String a = room(2);
        String b = room(2);
        checkIn(a, c[0], c[1]);
        problem(as("worker").body(checkInBody(b, c[0], c[1])).post(STAYS).then(), 409, "shelter.already-staying");
        problem(as("worker").body(checkInBody(a, c[0], c[1])).post(STAYS).then(), 409, "shelter.already-staying");
        as("worker").get(ROOMS + "/" + b).then().body("occupied", equalTo(0));
    }

    @Test
    void twoParallelCheckInsForTheLastPlaceGiveOne201AndOne409() throws Exception {
        String room = room(2);
        String[] settled = openCase();
        checkIn(room, settled[0], settled[1]);
        String[] b = openCase();
        String[] c = openCase();
        List<HttpResponse<String>> responses = race(List.of(checkInBody(room, b[0], b[1]), checkInBody(room, c[0], c[1])));
        assertEquals(List.of(201, 409), statuses(responses));
        HttpResponse<String> refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertEquals("shelter.full", codeOf(refused));
        as("worker").get(ROOMS + "/" + room).then().body("occupied", equalTo(2)).body("free", equalTo(0));
        as("worker").queryParam("roomId", room).queryParam("current", true).get(STAYS).then().body("total", equalTo(2));
    }

    @Test
    void eightParallelCheckInsToARoomOfThreeAdmitExactlyThree() throws Exception {
        String room = room(3);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String[] c = openCase();
            bodies.add(checkInBody(room, c[0], c[1]));
        }
        List<HttpResponse<String>> responses = race(bodies);
        assertEquals(List.of(201, 201, 201, 409, 409, 409, 409, 409), statuses(responses));
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals("shelter.full", codeOf(r)));
        as("worker").get(ROOMS + "/" + room).then().body("occupied", equalTo(3)).body("free", equalTo(0));
    }

    @Test
    void oneOfTwoParallelCheckInsOfOnePersonToTwoRoomsWins() throws Exception {
        String[] c = openCase();
        String a = room(2);
        String b = room(2);
        List<HttpResponse<String>> responses = race(List.of(checkInBody(a, c[0], c[1]), checkInBody(b, c[0], c[1])));
        assertEquals(List.of(201, 409), statuses(responses));
        HttpResponse<String> refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertEquals("shelter.already-staying", codeOf(refused));
        as("worker").queryParam("caseId", c[0]).queryParam("current", true).get(STAYS).then().body("total", equalTo(1));
    }

    @Test
    void badCheckInsAndCheckOutsAre4xxAndChangeNothing() {
        String[] c = openCase();
        String[] other = openCase();
        String room = room(2);
        problem(as("worker").body(checkInBody(UUID.randomUUID().toString(), c[0], c[1])).post(STAYS).then(), 404, "resource.not-found")
                .body("detail", containsString("Shelter room"));
        problem(as("worker").body(checkInBody(room, UUID.randomUUID().toString(), c[1])).post(STAYS).then(), 404, "resource.not-found")
                .body("detail", containsString("Case"));
        problem(as("worker").body(checkInBody(room, c[0], other[1])).post(STAYS).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("personId"));
        Map<String, Object> future = checkInBody(room, c[0], c[1]);
        future.put("checkedInAt", OffsetDateTime.now().plusDays(1).toString());
        future.put("expectedCheckOutAt", OffsetDateTime.now().toString());
        problem(as("worker").body(future).post(STAYS).then(), 422, "validation.failed")
                .body("errors.field", containsInAnyOrder("checkedInAt", "expectedCheckOutAt"));
        problem(as("worker").body(Map.of("roomId", room)).post(STAYS).then(), 422, "validation.failed")
                .body("errors.field", hasItems("caseId", "personId", "checkedInAt"));
        Map<String, Object> badId = checkInBody(room, c[0], c[1]);
        badId.put("roomId", "room-1");
        problem(as("worker").body(badId).post(STAYS).then(), 422, "validation.failed").body("errors[0].field", equalTo("roomId"));
        problem(as("worker").body("{\"roomId\": ").post(STAYS).then(), 400, "request.malformed");
        problem(as("worker").queryParam("caseId", "nope").get(STAYS).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("caseId"));
        problem(as("worker").queryParam("caseId", UUID.randomUUID().toString()).get(STAYS).then(), 404, "resource.not-found");

        String closed = room(2);
        Map<String, Object> close = roomBody("Phòng thử đóng " + UUID.randomUUID(), 2);
        close.put("status", "CLOSED");
        as("supervisor").header("If-Match", "\"0\"").body(close).put(ROOMS + "/" + closed).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("free", equalTo(0));
        problem(as("worker").body(checkInBody(closed, c[0], c[1])).post(STAYS).then(), 409, "shelter.room-closed");
        as("worker").queryParam("caseId", c[0]).get(STAYS).then().body("total", equalTo(0));

        String stay = checkIn(room, c[0], c[1]);
        Map<String, Object> early = checkOutBody("Left");
        early.put("checkedOutAt", OffsetDateTime.now().minusDays(2).toString());
        problem(as("worker").body(early).post(STAYS + "/" + stay + "/check-out").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("checkedOutAt"));
        Map<String, Object> later = checkOutBody("Left");
        later.put("checkedOutAt", OffsetDateTime.now().plusDays(2).toString());
        problem(as("worker").body(later).post(STAYS + "/" + stay + "/check-out").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("checkedOutAt"));
        problem(as("worker").body(checkOutBody(" ")).post(STAYS + "/" + stay + "/check-out").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("reason"));
        problem(as("worker").body(checkOutBody("Left")).post(STAYS + "/" + UUID.randomUUID() + "/check-out").then(), 404, "resource.not-found");
        problem(as("worker").get(STAYS + "/" + UUID.randomUUID()).then(), 404, "resource.not-found");
        as("worker").get(STAYS + "/" + stay).then().statusCode(200).body("current", equalTo(true));
    }

    @Test
    void anOccupiedRoomCannotCloseOrShrinkBelowItsOccupants() {
        String room = room(2);
        String[] a = openCase();
        checkIn(room, a[0], a[1]);
        checkIn(room, a[0], a[2]);
        Map<String, Object> close = roomBody("Phòng thử " + UUID.randomUUID(), 2);
        close.put("status", "CLOSED");
        problem(as("supervisor").header("If-Match", "\"0\"").body(close).put(ROOMS + "/" + room).then(), 409, "shelter.room-occupied");
        problem(as("supervisor").header("If-Match", "\"0\"").body(roomBody("Phòng thử " + UUID.randomUUID(), 1)).put(ROOMS + "/" + room).then(),
                409, "shelter.capacity-below-occupancy");
        as("supervisor").header("If-Match", "\"0\"").body(roomBody("Phòng thử " + UUID.randomUUID(), 3)).put(ROOMS + "/" + room).then()
                .statusCode(200).body("occupied", equalTo(2)).body("free", equalTo(1));
    }

    @Test
    void theOccupancyBoardCountsStaysPerRoomAndInTotal() {
        JsonPath before = as("worker").get(OCCUPANCY).then().statusCode(200).extract().jsonPath();
        String room = room(3);
        String closed = room(4);
        Map<String, Object> close = roomBody("Phòng thử đóng " + UUID.randomUUID(), 4);
        close.put("status", "CLOSED");
        as("supervisor").header("If-Match", "\"0\"").body(close).put(ROOMS + "/" + closed).then().statusCode(200);
        String[] a = openCase();
        String[] b = openCase();
        String stayA = checkIn(room, a[0], a[1]);
        String stayB = checkIn(room, b[0], b[2]);

        JsonPath after = as("worker").get(OCCUPANCY).then().statusCode(200)
                .body("rooms.find { it.id == '" + room + "' }.occupied", equalTo(2))
                .body("rooms.find { it.id == '" + room + "' }.free", equalTo(1))
                .body("rooms.find { it.id == '" + room + "' }.capacity", equalTo(3))
                .body("rooms.find { it.id == '" + room + "' }.stays.stayId", containsInAnyOrder(stayA, stayB))
                .body("rooms.find { it.id == '" + room + "' }.stays.caseId", containsInAnyOrder(a[0], b[0]))
                .body("rooms.find { it.id == '" + room + "' }.stays.personId", containsInAnyOrder(a[1], b[2]))
                .body("rooms.find { it.id == '" + room + "' }.stays.personName", containsInAnyOrder(a[3], "Bé " + b[3]))
                .body("rooms.find { it.id == '" + room + "' }.stays.caseNumber", everyItem(org.hamcrest.Matchers.matchesPattern("QN-\\d{4}-\\d{6}")))
                .body("rooms.find { it.id == '" + room + "' }.stays.checkedInAt", everyItem(notNullValue()))
                .body("rooms.find { it.id == '" + closed + "' }.status", equalTo("CLOSED"))
                .body("rooms.find { it.id == '" + closed + "' }.free", equalTo(0))
                .body("rooms.find { it.id == '" + DEMO_ROOM_1 + "' }.capacity", equalTo(2))
                .extract().jsonPath();
        assertEquals(before.getInt("totals.rooms") + 2, after.getInt("totals.rooms"));
        assertEquals(before.getInt("totals.activeRooms") + 1, after.getInt("totals.activeRooms"));
        assertEquals(before.getInt("totals.capacity") + 3, after.getInt("totals.capacity"));
        assertEquals(before.getLong("totals.occupied") + 2, after.getLong("totals.occupied"));
        assertEquals(before.getInt("totals.free") + 1, after.getInt("totals.free"));
        List<Integer> occupied = after.getList("rooms.occupied", Integer.class);
        List<Integer> free = after.getList("rooms.free", Integer.class);
        assertEquals(after.getInt("totals.occupied"), occupied.stream().mapToInt(Integer::intValue).sum());
        assertEquals(after.getInt("totals.free"), free.stream().mapToInt(Integer::intValue).sum());
        assertEquals(after.getInt("totals.rooms"), after.getList("rooms").size());
        // Ending a stay frees its place on the board at once.
        as("worker").body(checkOutBody("Moved to a long-term shelter")).post(STAYS + "/" + stayA + "/check-out").then().statusCode(200);
        as("worker").get(OCCUPANCY).then().statusCode(200)
                .body("rooms.find { it.id == '" + room + "' }.occupied", equalTo(1))
                .body("rooms.find { it.id == '" + room + "' }.stays.stayId", contains(stayB))
                .body("totals.occupied", equalTo(after.getInt("totals.occupied") - 1));
    }

    @Test
    void anIdempotentRetryOfACheckInMakesOneStay() {
        String[] c = openCase();
        String room = room(2);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = checkInBody(room, c[0], c[1]);
        String first = as("worker").header("Idempotency-Key", key).body(body).post(STAYS).then().statusCode(201).extract().path("id");
        as("worker").header("Idempotency-Key", key).body(body).post(STAYS).then().statusCode(201).body("id", equalTo(first));
        as("worker").get(ROOMS + "/" + room).then().body("occupied", equalTo(1));
    }
}
