package org.safereturn.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.BLUE_DRAGON;
import static org.safereturn.testing.Api.INTEGRATOR_ORG;
import static org.safereturn.testing.Api.SWC;
import static org.safereturn.testing.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Fixtures;
import org.safereturn.testing.Tokens;

/**
 * The authorization matrix: every operation of openapi.yaml, called by every kind of caller of
 * two Social Work Centres (Quảng Ninh's, which owns the records, and Đà Nẵng's), partners (the
 * referral's receiver and one not party to it), an integrator, a club and no token, on records
 * of the first centre. Each answer is checked against one table: which roles may call the
 * operation, and whose records it reaches. An operation of the contract without a row fails.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    static final String DA_NANG = "00000000-0000-4000-a000-000000000014";
    static final String WORLD_VISION = "00000000-0000-4000-a000-000000000012";
    static final String HONG_GAI_CLUB = "00000000-0000-4000-a000-000000000006";

    /** Whose records an operation reaches, for a caller whose role it allows. */
    enum Scope {
        /** Any organization's caller: lists and searches of their own, reference data, creations. */
        ANY,
        /** Records of the owning centre only: another organization's caller gets 404, as if it did not exist. */
        OWN,
        /** A referral's two parties (the centre and the receiver, Blue Dragon); anyone else gets 404. */
        PARTY,
        /** A club's own records: its coordinator, and the province's centre; anyone else 404. */
        CLUB,
        /** Called with an id no record has: only the role is checked (any answer but 401/403 for an allowed role). */
        UNKNOWN_ID
    }

    /** The callers, refused ones first so that an allowed caller's change never hides a refusal. */
    enum Caller {
        NO_TOKEN(null, null),
        DA_NANG_WORKER('W', DA_NANG),
        DA_NANG_SUPERVISOR('S', DA_NANG),
        DA_NANG_OPERATOR('O', DA_NANG),
        WORLD_VISION_API('P', WORLD_VISION),
        INTEGRATOR_API('N', INTEGRATOR_ORG),
        ANALYST('N', INTEGRATOR_ORG),
        COORDINATOR('C', HONG_GAI_CLUB),
        PARTNER('P', BLUE_DRAGON),
        BLUE_DRAGON_API('P', BLUE_DRAGON),
        ADMIN('A', SWC),
        OPERATOR('O', SWC),
        SUPERVISOR('S', SWC),
        WORKER('W', SWC);

        final Character role;
        final String organization;

        Caller(Character role, String organization) {
            this.role = role;
            this.organization = organization;
        }

        String token() {
            return switch (this) {
                case NO_TOKEN -> null;
                case DA_NANG_WORKER -> Tokens.user("dn-worker");
                case DA_NANG_SUPERVISOR -> Tokens.user("dn-supervisor");
                case DA_NANG_OPERATOR -> Tokens.user("dn-operator");
                case WORLD_VISION_API -> Tokens.worldVision();
                case INTEGRATOR_API -> Tokens.integrator();
                case BLUE_DRAGON_API -> Tokens.blueDragon();
                default -> Tokens.user(name().toLowerCase());
            };
        }
    }

    enum Outcome { UNAUTHENTICATED, FORBIDDEN, HIDDEN, THROUGH, THROUGH_OR_UNKNOWN }

    /** One row: the roles that may call the operation (W worker, S supervisor, O operator, A admin, N analyst, C club coordinator, P partner; * any signed-in caller; - none needed) and its scope. */
    record Row(String operationId, String roles, Scope scope, String anyOrganization) {}

    private static final Scope ANY = Scope.ANY, OWN = Scope.OWN, PARTY = Scope.PARTY, CLUB = Scope.CLUB, UNKNOWN_ID = Scope.UNKNOWN_ID;

    private static Row row(String operationId, String roles, Scope scope) {
        return new Row(operationId, roles, scope, "");
    }

    /** A row whose roles in {@code anyOrganization} reach every organization's records (admins and analysts reading rosters). */
    private static Row row(String operationId, String roles, Scope scope, String anyOrganization) {
        return new Row(operationId, roles, scope, anyOrganization);
    }

    static final List<Row> TABLE = List.of(
            row("hsdsIndex", "*", ANY),
            row("hsdsListOrganizations", "*", ANY),
            row("hsdsGetOrganization", "*", ANY),
            row("hsdsListServices", "*", ANY),
            row("hsdsGetService", "*", ANY),
            row("listReports", "CNSW", ANY),
            row("getCtdcDataset", "N", ANY),
            row("getCtdcCombinations", "N", ANY),
            row("createReportExport", "CNSW", ANY),
            row("getReportExport", "CNSW", UNKNOWN_ID),
            row("downloadReportExport", "-", UNKNOWN_ID),
            row("getReportFeed", "N", ANY),
            row("getReport", "CNSW", ANY),
            row("getReportDataValueSet", "CNSW", ANY),
            row("listDhis2Mappings", "AN", ANY),
            row("putDhis2Mapping", "A", ANY),
            row("getDhis2Mapping", "AN", ANY),
            row("listDhis2OrgUnits", "AN", ANY),
            row("putDhis2OrgUnit", "A", ANY),
            row("startReencryption", "A", ANY),
            row("listReencryptions", "A", ANY),
            row("getReencryption", "A", UNKNOWN_ID),
            row("listAuditEvents", "AS", ANY),
            row("listExternalReads", "S", ANY),
            row("verifyAuditChain", "AS", ANY),
            row("listCampaigns", "ANSW", ANY),
            row("createCampaign", "SW", ANY),
            row("updateCampaign", "SW", UNKNOWN_ID),
            row("getCampaign", "ANSW", UNKNOWN_ID),
            row("getCaseBriefByNumber", "OSW", ANY),
            row("getCaseBrief", "OSW", OWN),
            row("listCases", "SW", ANY),
            row("searchCases", "SW", ANY),
            row("recordConsent", "SW", OWN),
            row("listConsents", "SW", OWN),
            row("withdrawConsent", "SW", OWN),
            row("getCase", "SW", OWN),
            row("getCaseAccessHistory", "SW", OWN),
            row("assignCase", "S", OWN),
            row("closeCase", "S", OWN),
            row("uploadCaseDocument", "SW", OWN),
            row("listCaseDocuments", "SW", OWN),
            row("downloadCaseDocument", "SW", OWN),
            row("getCaseEntitlements", "SW", OWN),
            row("followUpCase", "SW", OWN),
            row("listFollowUpVisits", "SW", OWN),
            row("recordFollowUpVisit", "SW", OWN),
            row("handOverCase", "SW", OWN),
            row("printCaseHandoverMinutes", "SW", OWN),
            row("identifyCase", "SW", OWN),
            row("notIdentifiedCase", "SW", OWN),
            row("listCaseNotes", "SW", OWN),
            row("addCaseNote", "SW", OWN),
            row("printCaseReceiptRecord", "SW", OWN),
            row("reopenCase", "S", OWN),
            row("listCaseRiskAssessments", "SW", OWN),
            row("assessCaseRisk", "SW", OWN),
            row("startCaseSupport", "SW", OWN),
            row("listCaseSupports", "SW", OWN),
            row("deliverCaseSupport", "SW", OWN),
            row("getCaseTimeline", "SW", OWN),
            row("verifyCase", "SW", OWN),
            row("listCashRates", "ASW", ANY),
            row("createCashRate", "A", ANY),
            row("updateCashRate", "A", UNKNOWN_ID),
            row("listClubMeetingTopics", "ACNSW", ANY),
            row("listClubs", "ACS", ANY),
            row("createClub", "A", ANY),
            row("getClubOverview", "ACS", ANY),
            row("recordCounselling", "C", CLUB),
            row("listCounselling", "C", CLUB),
            row("updateCounselling", "C", UNKNOWN_ID),
            row("recordCounsellingFollowUp", "C", UNKNOWN_ID),
            row("referCounselledMember", "C", UNKNOWN_ID),
            row("uploadClubDocument", "AC", CLUB),
            row("listClubDocuments", "ACS", CLUB),
            row("removeClubDocument", "AC", UNKNOWN_ID),
            row("downloadClubDocument", "ACS", UNKNOWN_ID),
            row("planClubMeetingSeries", "C", CLUB),
            row("planClubMeeting", "C", CLUB),
            row("listClubMeetings", "ACS", CLUB),
            row("updateClubMeeting", "C", UNKNOWN_ID),
            row("getClubMeeting", "ACS", UNKNOWN_ID),
            row("recordClubAttendance", "C", UNKNOWN_ID),
            row("listClubMembers", "C", CLUB),
            row("addClubMember", "C", CLUB),
            row("updateClubMember", "C", UNKNOWN_ID),
            row("getClubMember", "C", UNKNOWN_ID),
            row("eraseClubMember", "C", UNKNOWN_ID),
            row("leaveClub", "C", UNKNOWN_ID),
            row("recordOutreachContact", "C", CLUB),
            row("listOutreachContacts", "C", CLUB),
            row("updateOutreachContact", "C", UNKNOWN_ID),
            row("inviteOutreachContact", "C", UNKNOWN_ID),
            row("referOutreachContact", "C", UNKNOWN_ID),
            row("updateClub", "A", CLUB),
            row("getClub", "ACS", CLUB),
            row("addClubBoardSeat", "AC", CLUB),
            row("endClubBoardSeat", "AC", UNKNOWN_ID),
            row("liftCallerFlag", "OSW", UNKNOWN_ID),
            row("lookupCaller", "OSW", ANY),
            row("listHotlineCategories", "ANOSW", ANY),
            row("saveHotlineCategory", "A", ANY),
            row("getHotlineConsole", "OSW", ANY),
            row("listHotlineLines", "AOSW", ANY),
            row("createHotlineLine", "A", ANY),
            row("updateHotlineLine", "A", UNKNOWN_ID),
            row("listTickets", "OSW", ANY),
            row("createTicket", "OSW", ANY),
            row("searchTickets", "OSW", ANY),
            row("updateTicket", "OSW", OWN),
            row("getTicket", "OSW", OWN),
            row("assignTicket", "OSW", OWN),
            row("scheduleTicketCallback", "OSW", OWN),
            row("recordTicketCallback", "OSW", OWN),
            row("flagTicketCaller", "OSW", OWN),
            row("getTicketCallerHistory", "OSW", OWN),
            row("closeTicket", "OSW", OWN),
            row("getTicketHistory", "OSW", OWN),
            row("getTicketIntakePrefill", "OSW", OWN),
            row("addTicketNote", "OSW", OWN),
            row("printTicket", "OSW", OWN),
            row("reopenTicket", "OSW", OWN),
            row("resolveTicket", "OSW", OWN),
            row("startTicket", "OSW", OWN),
            row("triageTicket", "OSW", OWN),
            row("listIndicators", "ANSW", ANY),
            row("createIndicator", "A", ANY),
            row("updateIndicator", "A", ANY),
            row("getIndicator", "ANSW", ANY),
            row("saveMyIntakeDraft", "OSW", ANY),
            row("getMyIntakeDraft", "OSW", ANY),
            row("discardMyIntakeDraft", "OSW", ANY),
            row("createIntake", "OSW", ANY),
            row("searchLegacyPlaces", "*", ANY),
            row("getLegacyPlace", "*", ANY),
            row("getMe", "*", ANY),
            row("getMyCounts", "OPSW", ANY),
            row("listOrganizations", "*", ANY),
            row("createOrganization", "A", ANY),
            row("updateOrganization", "A", ANY),
            row("getOrganization", "*", ANY),
            row("deleteOrganization", "A", ANY),
            row("getStaffRoster", "ANS", OWN, "AN"),
            row("recordStaffRoster", "AS", OWN, "A"),
            row("listPlaces", "*", ANY),
            row("getPlace", "*", ANY),
            row("recordCommunePopulation", "A", ANY),
            row("listCommunePopulation", "ANSW", ANY),
            row("listPlans", "NSW", ANY),
            row("createPlan", "S", ANY),
            row("updatePlan", "S", UNKNOWN_ID),
            row("getPlan", "NSW", UNKNOWN_ID),
            row("deletePlan", "S", UNKNOWN_ID),
            row("getPlanProgress", "NSW", UNKNOWN_ID),
            row("addPlanTarget", "S", UNKNOWN_ID),
            row("updatePlanTarget", "S", UNKNOWN_ID),
            row("removePlanTarget", "S", UNKNOWN_ID),
            row("listReferrals", "PSW", ANY),
            row("createReferral", "SW", ANY),
            row("listReferralChanges", "PSW", ANY),
            row("getReferral", "PSW", PARTY),
            row("acceptReferral", "PSW", PARTY),
            row("cancelReferral", "SW", PARTY),
            row("listReferralComments", "PSW", PARTY),
            row("addReferralComment", "PSW", PARTY),
            row("completeReferral", "PSW", PARTY),
            row("declineReferral", "PSW", PARTY),
            row("escalateReferral", "SW", PARTY),
            row("printReferralLetter", "PSW", PARTY),
            row("unlinkReferralFromCase", "SW", PARTY),
            row("linkReferralToCase", "SW", PARTY),
            row("sendReferral", "SW", PARTY),
            row("startReferral", "PSW", PARTY),
            row("listServices", "*", ANY),
            row("createService", "A", ANY),
            row("updateService", "A", ANY),
            row("getService", "*", ANY),
            row("deleteService", "A", ANY),
            row("getShelterOccupancy", "SW", ANY),
            row("listShelterRooms", "SW", ANY),
            row("createShelterRoom", "S", ANY),
            row("updateShelterRoom", "S", OWN),
            row("getShelterRoom", "SW", OWN),
            row("listShelterStays", "SW", ANY),
            row("checkInShelterStay", "SW", ANY),
            row("getShelterStay", "SW", OWN),
            row("checkOutShelterStay", "SW", OWN),
            row("listStaff", "OSW", ANY),
            row("listTrainings", "ANSW", ANY),
            row("createTraining", "SW", ANY),
            row("updateTraining", "SW", UNKNOWN_ID),
            row("getTraining", "ANSW", UNKNOWN_ID),
            row("listWebhookDeliveries", "APS", ANY),
            row("replayWebhookDelivery", "APS", UNKNOWN_ID),
            row("listWebhooks", "APS", ANY),
            row("createWebhook", "APS", ANY),
            row("deleteWebhook", "APS", OWN),
            row("chooseWebhookEventTypes", "APS", OWN),
            row("rotateWebhookSecret", "APS", OWN)
    );

    static Outcome expected(Row row, Caller caller) {
        if (row.roles().equals("-")) {
            return Outcome.THROUGH_OR_UNKNOWN; // the link's key is the credential
        }
        if (caller == Caller.NO_TOKEN) {
            return Outcome.UNAUTHENTICATED;
        }
        if (!row.roles().equals("*") && row.roles().indexOf(caller.role) < 0) {
            return Outcome.FORBIDDEN;
        }
        return switch (row.scope()) {
            case ANY -> Outcome.THROUGH;
            case UNKNOWN_ID -> Outcome.THROUGH_OR_UNKNOWN;
            case OWN -> caller.organization.equals(SWC) || row.anyOrganization().indexOf(caller.role) >= 0 ? Outcome.THROUGH : Outcome.HIDDEN;
            case PARTY -> caller.organization.equals(SWC) || caller.organization.equals(BLUE_DRAGON) ? Outcome.THROUGH : Outcome.HIDDEN;
            case CLUB -> caller.organization.equals(HONG_GAI_CLUB) || caller.organization.equals(SWC) ? Outcome.THROUGH : Outcome.HIDDEN;
        };
    }

    static String codeOf(Response r) {
        return r.statusCode() >= 400 && r.contentType() != null && r.contentType().contains("json") ? r.jsonPath().getString("code") : "";
    }

    /**
     * Whether an answer is the outcome the table expects. A refusal (FORBIDDEN, HIDDEN) may also
     * be an answer that does not depend on the record at all: the matrix sends an empty body, so
     * a write may be refused as invalid (422), or for a missing If-Match (428), before the record
     * is looked up; {@code unknown} is the same call on ids no record has, and when the two
     * answers are the same the caller learns nothing about the record.
     */
    static boolean matches(Outcome outcome, Response r, java.util.function.Supplier<Response> unknown) {
        int status = r.statusCode();
        String code = codeOf(r);
        boolean forbidden = status == 403 && "auth.forbidden".equals(code);
        boolean hidden = status == 404 && "resource.not-found".equals(code);
        return switch (outcome) {
            case UNAUTHENTICATED -> status == 401;
            case FORBIDDEN, HIDDEN -> {
                if (status == 403 || hidden) yield true;
                if (status < 400 || status == 401 || status == 429 || status >= 500) yield false;
                Response control = unknown.get();
                yield control.statusCode() == status && codeOf(control).equals(code);
            }
            case THROUGH -> status != 401 && !forbidden && !hidden && status != 429 && status < 500;
            case THROUGH_OR_UNKNOWN -> status != 401 && !forbidden && status != 429 && status < 500;
        };
    }

    /** The records of the Quảng Ninh centre the matrix is run against, by path parameter. */
    private static Map<String, String> records() {
        Map<String, String> ids = new HashMap<>();
        String[] c = Fixtures.openCase();
        ids.put("case", c[0]);
        ids.put("consent", Fixtures.consent(c, BLUE_DRAGON, List.of("IDENTITY")));
        ids.put("document", given().auth().oauth2(Tokens.user("worker")).contentType("application/pdf")
                .body("%PDF-1.4\nMa trận\n%%EOF".getBytes(StandardCharsets.UTF_8)).queryParam("kind", "OTHER")
                .post("/api/v1/cases/" + ids.get("case") + "/documents").then().statusCode(201).extract().path("id"));
        ids.put("referral", as("worker").body(Fixtures.referral(c[0], List.of("IDENTITY"))).post(Fixtures.REFERRALS)
                .then().statusCode(201).extract().path("id"));
        as("worker").body(Map.of()).post(Fixtures.REFERRALS + "/" + ids.get("referral") + "/send").then().statusCode(200);
        Map<String, Object> caller = new HashMap<>(Map.of("anonymous", false, "name", "Người gọi", "phone", "0913000777", "relation", "PARENT"));
        Map<String, Object> ticket = new HashMap<>(Map.of("lineId", "00000000-0000-4000-c000-000000000001", "channel", "PHONE",
                "direction", "INBOUND", "startedAt", OffsetDateTime.now().minusMinutes(3).toString(), "caller", caller,
                "categories", List.of("TRAFFICKING_SUSPECTED"), "summary", "Con gái mất liên lạc", "urgency", "HIGH", "actions", List.of("COUNSELLING")));
        ids.put("ticket", as("operator").body(ticket).post("/api/v1/hotline/tickets").then().statusCode(201).extract().path("id"));
        ids.put("callback", as("operator").body(Map.of("dueAt", OffsetDateTime.now().plusHours(2).toString()))
                .post("/api/v1/hotline/tickets/" + ids.get("ticket") + "/callbacks").then().statusCode(201).extract().path("id"));
        ids.put("room", as("worker").get("/api/v1/shelter/rooms").then().statusCode(200).extract().path("items[0].id"));
        ids.put("stay", as("worker").body(Map.of("roomId", ids.get("room"), "caseId", ids.get("case"), "personId", c[1],
                        "checkedInAt", OffsetDateTime.now().minusHours(1).toString(), "expectedCheckOutAt", OffsetDateTime.now().plusDays(30).toString()))
                .post("/api/v1/shelter/stays").then().statusCode(201).extract().path("id"));
        ids.put("webhook", as("supervisor").body(Map.of("url", "http://127.0.0.1:9/matrix")).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id"));
        ids.put("club", as("coordinator").get("/api/v1/clubs").then().statusCode(200).extract().path("items[0].id"));
        ids.put("indicator", as("supervisor").get("/api/v1/indicators").then().statusCode(200).extract().path("items[0].code"));
        return ids;
    }

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)\\}");

    /** The path with the record each parameter names: the centre's own records, else an id no record has. */
    static String resolve(String path, Map<String, String> ids) {
        return resolve(path, ids, false);
    }

    /** As {@link #resolve(String, Map)}, or with {@code unknown} every record an id no record has. */
    static String resolve(String path, Map<String, String> ids, boolean unknown) {
        if (unknown) {
            return PARAM.matcher(path).replaceAll(m -> switch (m.group(1)) {
                case "name", "report" -> "cases-received";
                case "level" -> "PROVINCE";
                case "code", "placeCode" -> "99999";
                default -> UUID.randomUUID().toString();
            });
        }
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = path.substring(0, m.start());
            String value = switch (m.group(1)) {
                case "caseId", "id" -> {
                    if (before.endsWith("/cases/") || before.endsWith("/case-briefs/")) yield ids.get("case");
                    if (before.endsWith("/hotline/tickets/")) yield ids.get("ticket");
                    if (before.endsWith("/referrals/")) yield ids.get("referral");
                    if (before.endsWith("/shelter/stays/")) yield ids.get("stay");
                    if (before.endsWith("/shelter/rooms/")) yield ids.get("room");
                    if (before.endsWith("/webhooks/")) yield ids.get("webhook");
                    if (before.endsWith("/organizations/")) yield SWC;
                    if (before.endsWith("/services/")) yield "00000000-0000-4000-b000-000000000001";
                    if (before.endsWith("/clubs/")) yield ids.get("club");
                    yield UUID.randomUUID().toString();
                }
                case "clubId" -> ids.get("club");
                case "consentId" -> ids.get("consent");
                case "documentId" -> ids.get("document");
                case "callbackId" -> ids.get("callback");
                case "name", "report" -> "cases-received";
                case "placeCode" -> "06685";
                case "code" -> before.endsWith("/indicators/") ? ids.get("indicator") : before.endsWith("/categories/") ? "OTHER" : "22";
                case "level" -> "PROVINCE";
                default -> UUID.randomUUID().toString();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One call as the contract describes it: an empty JSON object, or a tiny PDF, where it takes a body; nothing else. */
    private static Response call(String method, String url, JsonNode body, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (body.has("application/json")) {
            request = request.contentType("application/json").body("{}");
        } else if (body.has("application/pdf")) {
            request = request.contentType("application/pdf").body("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8));
        }
        return request.request(method, url);
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        Map<String, Row> rows = new LinkedHashMap<>();
        TABLE.forEach(r -> rows.put(r.operationId(), r));
        Map<String, String> ids = records();
        Map<Caller, String> tokens = new LinkedHashMap<>();
        for (Caller c : Caller.values()) {
            tokens.put(c, c.token());
        }
        try {
            run(spec, rows, ids, tokens);
        } finally {
            // The endpoint registered for the matrix goes, so no later test's deliveries queue behind it.
            String etag = as("supervisor").get("/api/v1/webhooks").then().extract()
                    .path("items.find { it.id == '" + ids.get("webhook") + "' }.version").toString();
            as("supervisor").header("If-Match", "\"" + etag + "\"").delete("/api/v1/webhooks/" + ids.get("webhook")).then().statusCode(204);
        }
    }

    private void run(JsonNode spec, Map<String, Row> rows, Map<String, String> ids, Map<Caller, String> tokens) {
        List<String> faults = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int calls = 0;
        long start = System.nanoTime();
        var paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            var ops = path.getValue().fields();
            while (ops.hasNext()) {
                var op = ops.next();
                String method = op.getKey().toUpperCase();
                String id = op.getValue().path("operationId").asText();
                seen.add(id);
                Row row = rows.get(id);
                if (row == null) {
                    faults.add(id + ": no row in the table");
                    continue;
                }
                JsonNode body = op.getValue().path("requestBody").path("content");
                String url = resolve(path.getKey(), ids);
                for (Caller caller : Caller.values()) {
                    String token = tokens.get(caller);
                    Response r = call(method, url, body, token);
                    calls++;
                    Outcome expected = expected(row, caller);
                    String unknownUrl = resolve(path.getKey(), ids, true);
                    if (!matches(expected, r, () -> call(method, unknownUrl, body, token))) {
                        String code = r.contentType() != null && r.contentType().contains("json") && r.statusCode() >= 400 ? r.jsonPath().getString("code") : "";
                        faults.add(id + " as " + caller + ": expected " + expected + ", got " + r.statusCode() + " " + code);
                    }
                }
            }
        }
        for (String id : rows.keySet()) {
            if (!seen.contains(id)) faults.add(id + ": a row for an operation the contract no longer has");
        }
        System.out.printf("authorization matrix: %d operations x %d callers = %d calls in %d ms%n",
                seen.size(), Caller.values().length, calls, (System.nanoTime() - start) / 1_000_000);
        assertTrue(faults.isEmpty(), faults.size() + " answers differ from the table:\n  " + String.join("\n  ", faults));
    }
}
