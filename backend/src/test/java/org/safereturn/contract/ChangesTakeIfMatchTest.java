package org.safereturn.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No lost updates: every operation of the contract that is not a read says here what kind of
 * write it is, and every change of an existing mutable record takes If-Match (428 without, 412
 * stale). An operation added to the contract without a row here fails, so its author decides.
 */
class ChangesTakeIfMatchTest {
    /** What a write does, and so whether it names the version it changes. */
    enum Kind {
        /** Changes a mutable record: If-Match required. */
        CHANGE,
        /** Creates the record or changes it: If-Match declared, required once the record exists (428), absent to create. */
        UPSERT,
        /** Creates a new record (or a new entry under one); nothing existing is overwritten. */
        CREATE,
        /** A search or lookup sent as POST; changes nothing. */
        QUERY,
        /**
         * A step that can be taken once (409 to the second caller) on a record whose other
         * changes need If-Match; its @Version makes a concurrent edit of the record 412.
         */
        ONCE,
        /** Records the figures of a day or year as a whole, a dated statement; each is audited. */
        STATEMENT
    }

    private static final Map<String, Kind> WRITES = new LinkedHashMap<>();

    static {
        for (String op : List.of("updateCampaign", "assignCase", "closeCase", "followUpCase", "handOverCase", "identifyCase",
                "notIdentifiedCase", "reopenCase", "startCaseSupport", "verifyCase", "updateCashRate", "updateCounselling",
                "updateClubMeeting", "recordClubAttendance", "updateClubMember", "updateOutreachContact", "updateClub",
                "updateHotlineLine", "updateTicket", "assignTicket", "closeTicket", "reopenTicket", "resolveTicket", "startTicket",
                "triageTicket", "updateIndicator", "updateOrganization", "deleteOrganization", "updatePlan", "deletePlan",
                "updatePlanTarget", "removePlanTarget", "acceptReferral", "cancelReferral", "completeReferral", "declineReferral",
                "escalateReferral", "sendReferral", "startReferral", "unlinkReferralFromCase", "linkReferralToCase", "updateService",
                "deleteService", "updateShelterRoom", "updateTraining", "deleteWebhook", "chooseWebhookEventTypes",
                "rotateWebhookSecret")) {
            WRITES.put(op, Kind.CHANGE);
        }
        for (String op : List.of("putDhis2Mapping", "putDhis2OrgUnit", "saveHotlineCategory", "saveMyIntakeDraft", "discardMyIntakeDraft")) {
            WRITES.put(op, Kind.UPSERT);
        }
        for (String op : List.of("createReportExport", "startReencryption", "createCampaign", "recordConsent", "uploadCaseDocument",
                "recordFollowUpVisit", "addCaseNote", "assessCaseRisk", "deliverCaseSupport", "createCashRate", "createClub",
                "recordCounselling", "uploadClubDocument", "planClubMeetingSeries", "planClubMeeting", "addClubMember",
                "recordOutreachContact", "addClubBoardSeat", "createHotlineLine", "createTicket", "scheduleTicketCallback",
                "flagTicketCaller", "addTicketNote", "createIndicator", "createIntake", "createOrganization", "createPlan",
                "addPlanTarget", "createReferral", "addReferralComment", "createService", "createShelterRoom", "checkInShelterStay",
                "createTraining", "createWebhook", "replayWebhookDelivery")) {
            WRITES.put(op, Kind.CREATE);
        }
        for (String op : List.of("searchCases", "lookupCaller", "searchTickets")) {
            WRITES.put(op, Kind.QUERY);
        }
        for (String op : List.of("withdrawConsent", "recordCounsellingFollowUp", "referCounselledMember", "eraseClubMember", "leaveClub",
                "inviteOutreachContact", "referOutreachContact", "endClubBoardSeat", "recordTicketCallback", "checkOutShelterStay",
                "liftCallerFlag", "removeClubDocument")) {
            WRITES.put(op, Kind.ONCE);
        }
        for (String op : List.of("recordStaffRoster", "recordCommunePopulation")) {
            WRITES.put(op, Kind.STATEMENT);
        }
    }

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    @Test
    void everyWriteOfTheContractHasARowAndEveryChangeTakesIfMatch() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> faults = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!WRITE_METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode op = entry.getValue();
            String id = op.path("operationId").asText();
            seen.add(id);
            Kind kind = WRITES.get(id);
            if (kind == null) {
                faults.add(id + " (" + entry.getKey().toUpperCase() + " " + path.getKey() + "): no row; say what kind of write it is");
                return;
            }
            JsonNode ifMatch = null;
            for (JsonNode p : op.path("parameters")) {
                if ("If-Match".equals(p.path("name").asText()) && "header".equals(p.path("in").asText())) {
                    ifMatch = p;
                }
            }
            boolean takes = ifMatch != null;
            boolean required = takes && ifMatch.path("required").asBoolean(false);
            switch (kind) {
                case CHANGE -> {
                    if (!required) faults.add(id + ": changes a record but does not require If-Match");
                }
                case UPSERT -> {
                    if (!takes || required) faults.add(id + ": an upsert declares If-Match, not required (a first save sends none)");
                }
                default -> {
                    if (takes) faults.add(id + ": is a " + kind + " yet takes If-Match; make it a CHANGE row");
                }
            }
            if (takes && !(op.path("responses").has("412") && op.path("responses").has("428"))) {
                faults.add(id + ": takes If-Match but documents no 412 and 428");
            }
        }));
        for (String op : WRITES.keySet()) {
            if (!seen.contains(op)) faults.add(op + ": a row for an operation the contract no longer has");
        }
        assertTrue(faults.isEmpty(), "Writes and If-Match:\n  " + String.join("\n  ", faults));
    }
}
