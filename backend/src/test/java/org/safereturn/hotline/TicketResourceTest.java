package org.safereturn.hotline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.SWC;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class TicketResourceTest {
    static final String TICKETS = "/api/v1/hotline/tickets";
    static final String COUNSELLING_LINE = "00000000-0000-4000-c000-000000000001";
    static final String LINE_111 = "00000000-0000-4000-c000-000000000002";

    @Inject
    EntityManager em;
    @Inject
    HotlineRetention retention;

    static String uniquePhone() {
        return "09" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    /** A call from a mother about her daughter, lured to a job across the border. */
    static Map<String, Object> motherCalls(String phone) {
        Map<String, Object> caller = new HashMap<>(Map.of("anonymous", false, "name", "Nguyễn Thị Mai", "phone", phone,
                "relation", "PARENT", "placeCode", "06685"));
        Map<String, Object> concerned = new HashMap<>(Map.of("name", "Trần Thị Hoa", "sex", "FEMALE", "age", 16, "placeCode", "06685", "country", "CN"));
        Map<String, Object> m = new HashMap<>();
        m.put("lineId", COUNSELLING_LINE);
        m.put("channel", "PHONE");
        m.put("direction", "INBOUND");
        m.put("startedAt", OffsetDateTime.now().minusMinutes(3).toString());
        m.put("caller", caller);
        m.put("concerned", concerned);
        m.put("categories", List.of("TRAFFICKING_SUSPECTED", "MISSING_PERSON"));
        m.put("summary", "Her daughter left a week ago for a restaurant job across the border offered on Facebook; her phone is off since yesterday.");
        m.put("urgency", "EMERGENCY");
        m.put("actions", List.of("COUNSELLING"));
        return m;
    }

    static String create(String user, Map<String, Object> ticket) {
        return as(user).body(ticket).post(TICKETS).then().statusCode(201).extract().path("id");
    }

    long tickets() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM hotline_ticket").getSingleResult()).longValue());
    }

    @Test
    void anOperatorLogsAnEmergencyCallAndEscalatesItToAnIntakeThatTheWorkerSeesWithTheTicket() {
        String phone = uniquePhone();
        OffsetDateTime started = OffsetDateTime.now().minusMinutes(3).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> call = motherCalls(phone);
        call.put("startedAt", started.toString());
        var created = as("operator").body(call).post(TICKETS).then().statusCode(201)
                .header("Location", containsString(TICKETS + "/")).header("ETag", equalTo("\"0\""))
                .body("ticketNumber", startsWith("HL-")).body("status", equalTo("NEW")).body("urgency", equalTo("EMERGENCY"))
                .body("organizationId", equalTo(SWC)).body("line.code", equalTo("QN-18001769"))
                .body("caller.name", equalTo("Nguyễn Thị Mai")).body("caller.phone", equalTo(phone))
                .body("concerned.child", equalTo(true)).body("concerned.country", equalTo("CN"))
                .body("categories", contains("TRAFFICKING_SUSPECTED", "MISSING_PERSON"))
                .body("overdue", equalTo(false)).body("previousContacts", equalTo(0)).body("createdByName", equalTo("Lê Minh Tuấn"))
                .extract();
        String id = created.path("id");
        assertEquals(started.plusMinutes(15).toInstant(), OffsetDateTime.parse(created.path("responseDueAt")).toInstant());

        // Stored encrypted: neither name nor number nor summary is readable in the database.
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT caller_name_enc, caller_phone_enc, summary_enc, caller_phone_index FROM hotline_ticket WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        for (int i = 0; i < 3; i++) {
            assertEquals(true, ((String) row[i]).startsWith("v2:k1:"));
        }
        assertEquals(false, ((String) row[3]).contains(phone));

        var prefill = as("operator").get(TICKETS + "/" + id + "/intake-prefill").then().statusCode(200)
                .body("hotlineTicketId", equalTo(id)).body("channel", equalTo("HOTLINE")).body("category", equalTo("PRESUMED_VICTIM"))
                .body("person.fullName", equalTo("Trần Thị Hoa")).body("person.sex", equalTo("FEMALE")).body("person.estimatedAge", equalTo(16))
                .body("person.phone", nullValue()).body("narrative", startsWith("Her daughter")).extract();
        Map<String, Object> person = new HashMap<>(prefill.<Map<String, Object>>path("person"));
        person.values().removeIf(v -> v == null);
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "HOTLINE", "receivedAt", prefill.<String>path("receivedAt"),
                "category", prefill.<String>path("category"), "person", person, "narrative", prefill.<String>path("narrative"),
                "hotlineTicketId", id));
        String caseId = as("operator").body(intake).post("/api/v1/intakes").then().statusCode(201).extract().path("id");

        as("operator").get(TICKETS + "/" + id).then().statusCode(200)
                .body("status", equalTo("ESCALATED")).body("caseId", equalTo(caseId)).body("caseNumber", startsWith("QN-"))
                .body("actions", hasItem("INTAKE_OPENED")).body("respondedAt", notNullValue()).body("escalatedAt", notNullValue());
        as("worker").get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("items.type", hasItem("HOTLINE_TICKET_LINKED"))
                .body("items.find { it.type == 'HOTLINE_TICKET_LINKED' }.params.ticketNumber", equalTo(created.path("ticketNumber")))
                .body("items.find { it.type == 'HOTLINE_TICKET_LINKED' }.params.ticketId", equalTo(id))
                .body("items.find { it.type == 'HOTLINE_TICKET_LINKED' }.params.urgency", equalTo("EMERGENCY"));
        as("worker").get(TICKETS + "/" + id + "/history").then().statusCode(200)
                .body("items.type", hasItem("ESCALATED")).body("items.type", hasItem("CREATED"));
    }

    @Test
    void aWorkerRefersTheCaseFromTheTicketAndTheTicketLinksBothTheCaseAndTheReferral() {
        String id = create("operator", motherCalls(uniquePhone()));
        String caseId = as("worker").body(Map.of("channel", "HOTLINE", "receivedAt", OffsetDateTime.now().minusMinutes(5).toString(),
                        "category", "PRESUMED_VICTIM", "person", Map.of("fullName", "Trần Thị Hoa", "sex", "FEMALE", "estimatedAge", 16)))
                .post("/api/v1/intakes").then().statusCode(201).extract().path("id");
        Map<String, Object> referral = new HashMap<>(Map.of("caseId", caseId, "receiverOrganizationId", "00000000-0000-4000-a000-000000000011",
                "serviceType", "LEGAL_AID", "urgency", "EMERGENCY", "reason", "The family needs a lawyer at once", "fieldGroups", List.of(),
                "hotlineTicketId", id));
        problem(as("operator").body(referral).post("/api/v1/referrals").then(), 403, "auth.forbidden");
        String referralId = as("worker").body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as("operator").get(TICKETS + "/" + id).then().statusCode(200)
                .body("status", equalTo("ESCALATED")).body("referralId", equalTo(referralId)).body("caseId", equalTo(caseId))
                .body("caseNumber", startsWith("QN-")).body("actions", hasItem("REFERRED_TO_SERVICE"));
        as("operator").get(TICKETS + "/" + id + "/history").then().body("items[0].type", equalTo("ESCALATED"))
                .body("items[0].params.referral", equalTo(referralId));
    }

    @Test
    void aClosedTicketCannotBeEscalatedAndTheIntakeIsNotOpened() {
        String id = create("operator", motherCalls(uniquePhone()));
        as("operator").body(Map.of("outcome", "ADVICE_GIVEN")).post(TICKETS + "/" + id + "/resolve").then().statusCode(200);
        as("operator").body(Map.of()).post(TICKETS + "/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        long cases = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM case_file").getSingleResult()).longValue());
        Map<String, Object> intake = Map.of("channel", "HOTLINE", "receivedAt", OffsetDateTime.now().minusMinutes(5).toString(), "category", "AT_RISK",
                "person", Map.of("fullName", "Trần Thị Hoa", "sex", "FEMALE", "estimatedAge", 16), "hotlineTicketId", id);
        problem(as("operator").body(intake).post("/api/v1/intakes").then(), 409, "ticket.invalid-transition");
        assertEquals(cases, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM case_file").getSingleResult()).longValue()));
        as("operator").get(TICKETS + "/" + id).then().body("status", equalTo("CLOSED")).body("caseId", nullValue());
        problem(as("operator").body(Map.of("channel", "HOTLINE", "receivedAt", OffsetDateTime.now().minusMinutes(5).toString(), "category", "AT_RISK",
                "person", Map.of("fullName", "X", "sex", "FEMALE", "estimatedAge", 16), "hotlineTicketId", UUID.randomUUID().toString()))
                .post("/api/v1/intakes").then(), 422, "validation.failed").body("errors[0].field", equalTo("hotlineTicketId"));
    }

    @Test
    void aTicketMovesThroughItsStepsWithNotesCallbacksAndHistory() {
        String id = create("operator", motherCalls(uniquePhone()));
        String worker = as("worker").get("/api/v1/me").then().extract().path("subject");
        as("operator").header("If-Match", "\"0\"").body(Map.of("urgency", "HIGH", "categories", List.of("LABOUR_MIGRATION_ADVICE"), "note", "Not urgent after all"))
                .post(TICKETS + "/" + id + "/triage").then().statusCode(200)
                .body("status", equalTo("TRIAGED")).body("urgency", equalTo("HIGH")).body("categories", contains("LABOUR_MIGRATION_ADVICE"))
                .header("ETag", equalTo("\"1\""));
        problem(as("operator").header("If-Match", "\"0\"").body(Map.of("assigneeSubject", worker)).post(TICKETS + "/" + id + "/assign").then(),
                412, "precondition.stale");
        // Neither a step nor a save goes through without the version it was decided on.
        problem(org.safereturn.testing.Api.withoutVersion("operator").body(Map.of("assigneeSubject", worker)).post(TICKETS + "/" + id + "/assign").then(),
                428, "precondition.required");
        problem(org.safereturn.testing.Api.withoutVersion("operator").body(motherCalls(uniquePhone())).put(TICKETS + "/" + id).then(),
                428, "precondition.required");
        as("operator").get(TICKETS + "/" + id).then().header("ETag", equalTo("\"1\"")).body("status", equalTo("TRIAGED"));
        as("operator").body(Map.of("assigneeSubject", worker)).post(TICKETS + "/" + id + "/assign").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("assignee.name", equalTo("Nguyễn Thị Lan")).body("respondedAt", nullValue());
        as("worker").queryParam("view", "mine").get(TICKETS).then().statusCode(200).body("items.id", hasItem(id));
        as("worker").body(Map.of()).post(TICKETS + "/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("respondedAt", notNullValue());
        as("worker").body(Map.of("text", "Called the mother back; the daughter answered from Hà Khẩu.")).post(TICKETS + "/" + id + "/notes").then()
                .statusCode(201).body("type", equalTo("NOTE")).body("note", startsWith("Called the mother"));
        String due = OffsetDateTime.now().plusHours(2).toString();
        String callback = as("worker").body(Map.of("dueAt", due, "note", "Ask whether she reached the border post"))
                .post(TICKETS + "/" + id + "/callbacks").then().statusCode(201).body("status", equalTo("SCHEDULED")).extract().path("id");
        as("operator").get("/api/v1/hotline/console").then().statusCode(200).body("callbacks.id", hasItem(callback));
        as("worker").body(Map.of("status", "REACHED", "note", "She is with the border guard")).post(TICKETS + "/" + id + "/callbacks/" + callback + "/result")
                .then().statusCode(200).body("status", equalTo("REACHED")).body("doneByName", equalTo("Nguyễn Thị Lan"));
        problem(as("worker").body(Map.of("status", "NOT_REACHED")).post(TICKETS + "/" + id + "/callbacks/" + callback + "/result").then(),
                409, "callback.done");
        as("worker").body(Map.of("outcome", "REFERRED", "note", "Border guard takes over")).post(TICKETS + "/" + id + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("outcome", equalTo("REFERRED")).body("outcomeNote", equalTo("Border guard takes over"));
        as("worker").body(Map.of()).post(TICKETS + "/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue());
        problem(as("worker").body(motherCalls(uniquePhone())).put(TICKETS + "/" + id).then(), 409, "ticket.closed");
        problem(as("worker").body(Map.of("note", " ")).post(TICKETS + "/" + id + "/reopen").then(), 422, "validation.failed");
        as("supervisor").body(Map.of("note", "The mother called again")).post(TICKETS + "/" + id + "/reopen").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("closedAt", nullValue());
        as("supervisor").queryParam("size", 50).get(TICKETS + "/" + id + "/history").then().statusCode(200)
                .body("items.type", contains("REOPENED", "CLOSED", "RESOLVED", "CALLBACK_DONE", "CALLBACK_SCHEDULED", "NOTE", "STARTED",
                        "ASSIGNED", "TRIAGED", "CREATED"))
                .body("items[0].note", equalTo("The mother called again"));
    }

    @Test
    void autosavesReplaceTheFormAndCollapseIntoOneHistoryEntry() {
        Map<String, Object> call = motherCalls(uniquePhone());
        call.put("urgency", "NORMAL");
        call.remove("summary");
        String id = create("operator", call);
        call.put("summary", "First words");
        as("operator").header("If-Match", "\"0\"").body(call).put(TICKETS + "/" + id).then().statusCode(200)
                .body("summary", equalTo("First words")).header("ETag", equalTo("\"1\""));
        call.put("summary", "First words and more");
        call.put("endedAt", OffsetDateTime.now().toString());
        as("operator").header("If-Match", "\"1\"").body(call).put(TICKETS + "/" + id).then().statusCode(200)
                .body("summary", equalTo("First words and more")).body("durationSeconds", notNullValue());
        as("operator").get(TICKETS + "/" + id + "/history").then().body("items.type", contains("UPDATED", "CREATED"));
        call.put("urgency", "EMERGENCY");
        as("operator").body(call).put(TICKETS + "/" + id).then().statusCode(200).body("urgency", equalTo("EMERGENCY"));
        as("operator").get(TICKETS + "/" + id + "/history").then().body("items.type", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[0].params.urgency", equalTo("EMERGENCY"));
    }

    @Test
    void badInputIsAClearProblemAndChangesNothing() {
        long before = tickets();
        Map<String, Object> unknownLine = motherCalls(uniquePhone());
        unknownLine.put("lineId", UUID.randomUUID().toString());
        problem(as("operator").body(unknownLine).post(TICKETS).then(), 422, "validation.failed")
                .body("errors.field", contains("lineId"));
        Map<String, Object> unknownCategory = motherCalls(uniquePhone());
        unknownCategory.put("categories", List.of("TRAFFICKING_SUSPECTED", "ALIENS"));
        problem(as("operator").body(unknownCategory).post(TICKETS).then(), 422, "validation.failed")
                .body("errors.field", contains("categories[1]"));
        Map<String, Object> endsBeforeStart = motherCalls(uniquePhone());
        endsBeforeStart.put("endedAt", OffsetDateTime.now().minusHours(1).toString());
        problem(as("operator").body(endsBeforeStart).post(TICKETS).then(), 422, "validation.failed")
                .body("errors.field", contains("endedAt"));
        Map<String, Object> notANumber = motherCalls("call me maybe");
        problem(as("operator").body(notANumber).post(TICKETS).then(), 422, "validation.failed")
                .body("errors.field", hasItem("caller.phone"));
        Map<String, Object> anonymousWithName = motherCalls(uniquePhone());
        ((Map<String, Object>) anonymousWithName.get("caller")).put("anonymous", true);
        problem(as("operator").body(anonymousWithName).post(TICKETS).then(), 422, "validation.failed")
                .body("errors.field", contains("caller.name", "caller.phone"));
        Map<String, Object> noUrgency = motherCalls(uniquePhone());
        noUrgency.remove("urgency");
        noUrgency.put("channel", "PIGEON");
        problem(as("operator").body(noUrgency).post(TICKETS).then(), 422, "validation.failed");
        noUrgency.put("channel", "ZALO");
        problem(as("operator").body(noUrgency).post(TICKETS).then(), 422, "validation.failed").body("errors.field", hasItem("urgency"));
        assertEquals(before, tickets());

        String id = create("operator", motherCalls(uniquePhone()));
        problem(as("operator").body(Map.of("dueAt", OffsetDateTime.now().minusMinutes(1).toString())).post(TICKETS + "/" + id + "/callbacks").then(),
                422, "validation.failed").body("errors[0].field", equalTo("dueAt"));
        problem(as("operator").body(Map.of("urgency", "HIGH", "categories", List.of("NOPE"))).post(TICKETS + "/" + id + "/triage").then(),
                422, "validation.failed").body("errors[0].field", equalTo("categories[0]"));
        problem(as("operator").body(Map.of()).post(TICKETS + "/" + id + "/close").then(), 409, "ticket.invalid-transition");
        problem(as("operator").queryParam("q", "robert'); drop table").get(TICKETS).then(), 422, "validation.failed");
        problem(as("operator").queryParam("from", "yesterday").get(TICKETS).then(), 422, "validation.failed").body("errors[0].field", equalTo("from"));
        problem(as("operator").queryParam("category", "ALIENS").get(TICKETS).then(), 422, "validation.failed");
        as("operator").get(TICKETS + "/" + id).then().body("status", equalTo("NEW")).body("version", equalTo(0)).body("callbacks", empty());
    }

    @Inject
    CallerIndexUpgrade indexUpgrade;

    @Test
    void aTicketAndItsFlagOnTheOldIndexSchemeFollowTheNumberAgainAfterTheUpgrade() throws Exception {
        String digits = uniquePhone();
        String ticket = create("operator", motherCalls(digits));
        as("operator").body(Map.of("kind", "AT_RISK", "note", "Call back at once"))
                .post(TICKETS + "/" + ticket + "/caller-flags").then().statusCode(201);
        String old = "old-" + UUID.randomUUID();
        try (var db = org.safereturn.testing.OwnerDatabase.connect()) {
            try (var st = db.prepareStatement("UPDATE hotline_caller_flag SET phone_index = ?, index_scheme = 1 WHERE phone_index = ("
                    + "SELECT caller_phone_index FROM hotline_ticket WHERE id = ?)")) {
                st.setString(1, old);
                st.setObject(2, UUID.fromString(ticket));
                assertEquals(1, st.executeUpdate());
            }
            try (var st = db.prepareStatement("UPDATE hotline_ticket SET caller_phone_index = ?, index_scheme = 1 WHERE id = ?")) {
                st.setString(1, old);
                st.setObject(2, UUID.fromString(ticket));
                assertEquals(1, st.executeUpdate());
            }
        }
        as("operator").body(Map.of("phone", digits)).post("/api/v1/hotline/caller-lookup").then().statusCode(200)
                .body("total", equalTo(0)).body("flags", empty());

        indexUpgrade.onStart(null);

        as("operator").body(Map.of("phone", digits)).post("/api/v1/hotline/caller-lookup").then().statusCode(200)
                .body("total", equalTo(1)).body("flags.kind", contains("AT_RISK"));
        as("operator").body(Map.of("q", digits)).post(TICKETS + "/search").then().statusCode(200).body("items.id", contains(ticket));
    }

    @Test
    void theCallersEarlierContactsAndFlagsFollowTheNumberHoweverItIsWritten() {
        String digits = uniquePhone();
        String first = create("operator", motherCalls(digits));
        Map<String, Object> again = motherCalls("+84 " + digits.substring(1, 4) + " " + digits.substring(4));
        String second = create("operator", again);
        as("operator").get(TICKETS + "/" + second).then().statusCode(200).body("previousContacts", equalTo(1));
        as("operator").get(TICKETS + "/" + second + "/caller-history").then().statusCode(200)
                .body("total", equalTo(1)).body("contacts.id", contains(first));

        String flag = as("operator").body(Map.of("kind", "AT_RISK", "note", "Daughter missing; call back at once"))
                .post(TICKETS + "/" + first + "/caller-flags").then().statusCode(201)
                .body("kind", equalTo("AT_RISK")).body("expiresAt", notNullValue()).extract().path("id");
        as("operator").body(Map.of("phone", digits)).post("/api/v1/hotline/caller-lookup").then().statusCode(200)
                .body("total", equalTo(2)).body("flags.kind", contains("AT_RISK")).body("flags[0].note", startsWith("Daughter"));
        as("operator").get(TICKETS + "/" + second).then().body("callerFlags.id", contains(flag));
        as("operator").body(Map.of("q", digits)).post(TICKETS + "/search").then().statusCode(200).body("total", equalTo(2));
        problem(as("operator").queryParam("q", digits).get(TICKETS).then(), 422, "validation.failed");
        as("operator").delete("/api/v1/hotline/caller-flags/" + flag).then().statusCode(204);
        as("operator").body(Map.of("phone", digits)).post("/api/v1/hotline/caller-lookup").then().body("flags", empty());
        problem(as("operator").delete("/api/v1/hotline/caller-flags/" + flag).then(), 404, "resource.not-found");
        problem(as("operator").body(Map.of("kind", "AT_RISK", "expiresAt", OffsetDateTime.now().minusDays(1).toString()))
                .post(TICKETS + "/" + first + "/caller-flags").then(), 422, "validation.failed");
        problem(as("operator").body(Map.of("phone", "not a phone")).post("/api/v1/hotline/caller-lookup").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("phone"));

        Map<String, Object> anonymousCall = motherCalls(uniquePhone());
        anonymousCall.put("caller", Map.of("anonymous", true, "relation", "UNKNOWN"));
        String anonymousTicket = create("operator", anonymousCall);
        problem(as("operator").body(Map.of("kind", "REPEATED_PRANK")).post(TICKETS + "/" + anonymousTicket + "/caller-flags").then(),
                409, "ticket.no-phone");
    }

    @Test
    void theConsoleListsOpenTicketsMostUrgentFirstWithTodaysCounts() {
        Map<String, Object> low = motherCalls(uniquePhone());
        low.put("urgency", "LOW");
        low.put("lineId", LINE_111);
        low.put("channel", "ZALO");
        String lowId = create("operator", low);
        String emergency = create("operator", motherCalls(uniquePhone()));
        var console = as("operator").get("/api/v1/hotline/console").then().statusCode(200)
                .body("open[0].urgency", equalTo("EMERGENCY"))
                .body("today.byChannel.key", hasItem("ZALO")).body("today.byLine.key", hasItem("CP-111"))
                .body("today.byCategory.key", hasItem("TRAFFICKING_SUSPECTED")).body("today.byUrgency.key", hasItem("LOW"))
                .extract();
        assertEquals(true, ((Number) console.path("today.total")).longValue() >= 2);
        List<String> openIds = console.path("open.id");
        List<String> urgencies = console.path("open.urgency");
        for (int i = 1; i < urgencies.size(); i++) {
            assertEquals(true, TicketUrgency.valueOf(urgencies.get(i - 1)).ordinal() <= TicketUrgency.valueOf(urgencies.get(i)).ordinal(),
                    "ordered by urgency: " + urgencies);
        }
        // The console lists at most 20 open tickets, the most urgent first: the new emergency is
        // among them unless twenty emergencies fill it, and a low one never comes before it.
        assertTrue(openIds.size() <= 20, "at most 20: " + openIds.size());
        assertTrue(openIds.contains(emergency) || (openIds.size() == 20 && urgencies.stream().allMatch("EMERGENCY"::equals)),
                "the emergency is on the console: " + openIds);
        if (openIds.contains(lowId)) {
            assertTrue(openIds.indexOf(emergency) >= 0 && openIds.indexOf(emergency) < openIds.indexOf(lowId), "the emergency before the low one");
        }
        as("operator").queryParam("view", "open").queryParam("urgency", "LOW").queryParam("channel", "ZALO").queryParam("lineId", LINE_111)
                .queryParam("size", 200).get(TICKETS).then().statusCode(200).body("items.id", hasItem(lowId)).body("items.id", not(hasItem(emergency)));
        as("operator").queryParam("category", "MISSING_PERSON").queryParam("size", 200).get(TICKETS).then().statusCode(200)
                .body("items.id", hasItem(emergency));
        String today = OffsetDateTime.now().atZoneSameInstant(TicketService.VIETNAM).toLocalDate().toString();
        as("operator").queryParam("from", today).queryParam("to", today).queryParam("size", 200).get(TICKETS).then().statusCode(200)
                .body("items.id", hasItem(emergency));
    }

    @Test
    void onlyHotlineStaffWorkTicketsAndOnlyTheirOrganizationsTickets() {
        String id = create("operator", motherCalls(uniquePhone()));
        as("worker").get(TICKETS + "/" + id).then().statusCode(200);
        as("supervisor").get(TICKETS).then().statusCode(200);
        for (String user : new String[] {"analyst", "admin", "coordinator"}) {
            problem(as(user).get(TICKETS + "/" + id).then(), 403, "auth.forbidden");
            problem(as(user).body(motherCalls(uniquePhone())).post(TICKETS).then(), 403, "auth.forbidden");
            problem(as(user).get("/api/v1/hotline/console").then(), 403, "auth.forbidden");
        }
        problem(as("partner").get(TICKETS).then(), 403, "auth.forbidden");
        problem(asToken(Tokens.blueDragon()).get(TICKETS + "/" + id).then(), 403, "auth.forbidden");
        problem(anonymous().get(TICKETS).then(), 401, "auth.unauthenticated");
        as("analyst").get("/api/v1/hotline/categories").then().statusCode(200).body("code", hasItem("TRAFFICKING_SUSPECTED"))
                .body("find { it.code == 'TRAFFICKING_SUSPECTED' }.shortcut", equalTo("1"));

        // A ticket of another organization does not exist for the caller.
        UUID other = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO hotline_ticket (id, number, organization_id, line_id, channel, direction, status, urgency, started_at, response_due_at,
                  caller_anonymous, categories, actions, created_by_subject, created_by_name, created_at, updated_at)
                VALUES (?1, nextval('hotline_ticket_number_seq') + 1000000000, '00000000-0000-4000-a000-000000000002', ?2, 'PHONE', 'INBOUND', 'NEW', 'HIGH',
                  now(), now() + interval '2 hours', true, '{}', '{}', 'x', 'x', now(), now())""")
                .setParameter(1, other).setParameter(2, UUID.fromString(LINE_111)).executeUpdate());
        problem(as("operator").get(TICKETS + "/" + other).then(), 404, "resource.not-found");
        problem(as("operator").body(Map.of("text", "x")).post(TICKETS + "/" + other + "/notes").then(), 404, "resource.not-found");
        as("operator").queryParam("size", 200).get(TICKETS).then().body("items.id", not(hasItem(other.toString())));
    }

    @Test
    void adminsManageLinesAndAnInactiveLineTakesNoNewTickets() {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> line = new HashMap<>(Map.of("code", code, "number", "18009999", "nameVi", "Đường dây thử", "nameEn", "Test line",
                "organizationId", SWC, "hours", "7:00–22:00", "active", true));
        String lineId = as("admin").body(line).post("/api/v1/hotline/lines").then().statusCode(201).body("code", equalTo(code)).extract().path("id");
        problem(as("admin").body(line).post("/api/v1/hotline/lines").then(), 409, "line.code-taken");
        problem(as("operator").body(line).post("/api/v1/hotline/lines").then(), 403, "auth.forbidden");
        Map<String, Object> call = motherCalls(uniquePhone());
        call.put("lineId", lineId);
        create("operator", call);
        line.put("active", false);
        as("admin").header("If-Match", "\"0\"").body(line).put("/api/v1/hotline/lines/" + lineId).then().statusCode(200).body("active", equalTo(false));
        problem(as("operator").body(call).post(TICKETS).then(), 422, "validation.failed").body("errors[0].message", equalTo("is not in service"));
        as("operator").get("/api/v1/hotline/lines").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void adminsGrowTheTaxonomyAndARetiredCategoryIsRefusedOnNewTickets() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        Map<String, Object> category = new HashMap<>(Map.of("nameVi", "Bóc lột tình dục", "nameEn", "Sexual exploitation", "position", 11, "active", true));
        as("admin").body(category).put("/api/v1/hotline/categories/" + code).then().statusCode(200).body("code", equalTo(code));
        problem(as("operator").body(category).put("/api/v1/hotline/categories/" + code).then(), 403, "auth.forbidden");
        category.put("shortcut", "1");
        problem(as("admin").body(category).put("/api/v1/hotline/categories/" + code).then(), 409, "category.shortcut-taken");
        problem(as("admin").body(category).put("/api/v1/hotline/categories/lower-case").then(), 422, "validation.failed");
        Map<String, Object> call = motherCalls(uniquePhone());
        call.put("categories", List.of(code));
        create("operator", call);
        category.remove("shortcut");
        category.put("active", false);
        as("admin").body(category).put("/api/v1/hotline/categories/" + code).then().statusCode(200).body("active", equalTo(false));
        problem(as("operator").body(call).post(TICKETS).then(), 422, "validation.failed").body("errors[0].field", equalTo("categories[0]"));
    }

    @Test
    void contactsNeverEscalatedLoseTheirPersonalDataAfterTheRetentionPeriod() {
        String kept = create("operator", motherCalls(uniquePhone()));
        as("operator").body(Map.of("channel", "HOTLINE", "receivedAt", OffsetDateTime.now().minusMinutes(5).toString(), "category", "AT_RISK",
                "person", Map.of("fullName", "Trần Thị Hoa", "sex", "FEMALE", "estimatedAge", 16), "hotlineTicketId", kept))
                .post("/api/v1/intakes").then().statusCode(201);
        as("operator").body(Map.of()).post(TICKETS + "/" + kept + "/close").then().statusCode(200);
        String closed = create("operator", motherCalls(uniquePhone()));
        as("operator").body(Map.of("text", "The caller's address is 12 Lê Lợi")).post(TICKETS + "/" + closed + "/notes").then().statusCode(201);
        as("operator").body(Map.of("outcome", "ADVICE_GIVEN", "note", "Gave the 111 number")).post(TICKETS + "/" + closed + "/resolve").then().statusCode(200);
        as("operator").body(Map.of()).post(TICKETS + "/" + closed + "/close").then().statusCode(200);
        String open = create("operator", motherCalls(uniquePhone()));

        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofDays(731)), Clock.class);
        retention.run();
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);

        as("operator").get(TICKETS + "/" + closed).then().statusCode(200)
                .body("deidentified", equalTo(true)).body("caller.name", nullValue()).body("caller.phone", nullValue())
                .body("concerned.name", nullValue()).body("summary", nullValue()).body("outcomeNote", nullValue())
                .body("caller.placeCode", equalTo("22")).body("concerned.placeCode", equalTo("22"))
                .body("categories", contains("TRAFFICKING_SUSPECTED", "MISSING_PERSON")).body("outcome", equalTo("ADVICE_GIVEN"));
        as("operator").queryParam("size", 50).get(TICKETS + "/" + closed + "/history").then()
                .body("items[0].type", equalTo("DEIDENTIFIED")).body("items.note", not(hasItem(startsWith("The caller"))));
        as("operator").get(TICKETS + "/" + open).then().body("deidentified", equalTo(false)).body("caller.name", equalTo("Nguyễn Thị Mai"));
        problem(as("operator").body(Map.of("note", "again")).post(TICKETS + "/" + closed + "/reopen").then(), 409, "ticket.deidentified");
        as("operator").get(TICKETS + "/" + kept).then().body("deidentified", equalTo(false)).body("caller.name", equalTo("Nguyễn Thị Mai"));
    }
}
