package org.safereturn.club;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Api;

/**
 * A club's referral about a person without a case (an outreach contact or a member) becomes part of
 * the Social Work Centre's case for them: the intake opened from it, or the case they already
 * had. Those who see the case see the link; the club never does.
 */
@QuarkusTest
class ClubReferralCaseLinkTest {
    static final String CAO_XANH = ClubResourceTest.CAO_XANH;

    @Inject
    EntityManager em;

    static Map<String, Object> intake(String name, String fromReferralId) {
        Map<String, Object> person = new HashMap<>(Map.of("fullName", name, "sex", "FEMALE", "birthDate", "2006-05-02", "nationality", "VN",
                "idDocumentType", "NONE", "homePlaceCode", "06658", "languages", List.of("vi")));
        Map<String, Object> r = new HashMap<>(Map.of("channel", "OUTREACH", "receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).toString(),
                "person", person, "category", "AT_RISK", "narrative", "Referred by the club's outreach worker."));
        if (fromReferralId != null) {
            r.put("fromReferralId", fromReferralId);
        }
        return r;
    }

    static String outreachReferral() {
        String outreach = "/api/v1/clubs/" + CAO_XANH + "/outreach-contacts";
        String id = as("coordinator-caoxanh").body(OutreachResourceTest.contact("L." + UUID.randomUUID().toString().substring(0, 4)))
                .post(outreach).then().statusCode(201).extract().path("id");
        return as("coordinator-caoxanh").body(Map.of("receiverOrganizationId", Api.SWC, "serviceType", "COUNSELLING", "urgency", "ROUTINE",
                        "reason", "Cần tư vấn di cư an toàn", "shareIdentity", false))
                .post(outreach + "/" + id + "/referral").then().statusCode(200).extract().path("referralId");
    }

    static String memberReferral(String name) {
        String memberId = as("coordinator-caoxanh").body(ClubResourceTest.member(name, ClubResourceTest.consent()))
                .post("/api/v1/clubs/" + CAO_XANH + "/members").then().statusCode(201).extract().path("id");
        String counselling = "/api/v1/clubs/" + CAO_XANH + "/counselling";
        String id = as("coordinator-caoxanh").body(Map.of("memberId", memberId, "counselledOn", LocalDate.now().toString(), "topic", "LOAN_AND_CREDIT",
                "note", "Cần hỗ trợ tâm lý và vốn")).post(counselling).then().statusCode(201).extract().path("id");
        return as("coordinator-caoxanh").body(Map.of("receiverOrganizationId", Api.SWC, "serviceType", "COUNSELLING", "urgency", "ROUTINE",
                        "reason", "Thành viên là nạn nhân trở về, cần hỗ trợ theo luật", "shareIdentity", false))
                .post(counselling + "/" + id + "/referral").then().statusCode(200).extract().path("referralId") + "|" + memberId;
    }

    long linkEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM case_event WHERE type = 'CLUB_REFERRAL_LINKED'").getSingleResult()).longValue());
    }

    @Test
    void anIntakeOpenedFromAnOutreachReferralLinksTheNewCaseAndTheClubNeverSeesIt() {
        String referral = outreachReferral();
        // Not before the Centre has accepted it.
        as("worker").get("/api/v1/referrals/" + referral).then().statusCode(200).body("caseLinkSteps", empty());
        long linked = linkEvents();
        problem(as("worker").body(intake("Lò Thị Thử " + UUID.randomUUID(), referral)).post("/api/v1/intakes").then(), 409, "referral.invalid-transition");
        assertEquals(linked, linkEvents(), "the refused intake left nothing behind");

        as("worker").body(Map.of()).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200);
        as("worker").get("/api/v1/referrals/" + referral).then().statusCode(200).body("caseLinkSteps", contains("OPEN_INTAKE", "LINK_CASE"));
        var created = as("worker").body(intake("Lò Thị Thử " + UUID.randomUUID(), referral)).post("/api/v1/intakes").then().statusCode(201)
                .body("clubLinks[0].kind", equalTo("OUTREACH_CONTACT")).body("clubLinks[0].clubName", containsString("Cao Xanh"))
                .body("clubLinks[0].referralId", equalTo(referral)).body("clubLinks[0].targetGroup", nullValue()).extract();
        String caseId = created.path("id");
        String caseNumber = created.path("caseNumber");
        as("worker").get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("caseLink.caseId", equalTo(caseId)).body("caseLink.caseNumber", equalTo(caseNumber)).body("caseLinkSteps", contains("UNLINK_CASE"));
        as("supervisor").get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(200).body("items.type", org.hamcrest.Matchers.hasItem("CLUB_REFERRAL_LINKED"));

        // The club reads its outreach log, not the referral, and nothing of the case.
        problem(as("coordinator-caoxanh").get("/api/v1/referrals/" + referral).then(), 403, "auth.forbidden");
        as("coordinator-caoxanh").queryParam("size", 200).get("/api/v1/clubs/" + CAO_XANH + "/outreach-contacts").then().statusCode(200)
                .body("items.find { it.referralId == '" + referral + "' }", org.hamcrest.Matchers.notNullValue())
                .body(not(containsString(caseNumber))).body(not(containsString(caseId)));
        // A second intake from the same referral is refused whole.
        String again = "Lò Thị Lặp " + UUID.randomUUID();
        problem(as("worker").body(intake(again, referral)).post("/api/v1/intakes").then(), 409, "referral.already-linked");
        as("worker").body(Map.of("q", again)).post("/api/v1/cases/search").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aMemberReferralLinksToTheCaseTheyHaveWithIfMatchAndGoesWhenTheyLeaveTheClubsRecords() {
        String[] sent = memberReferral("Hà Thị Thử Liên Kết " + UUID.randomUUID().toString().substring(0, 4)).split("\\|");
        String referral = sent[0];
        String memberId = sent[1];
        as("worker").body(Map.of()).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200);
        String caseId = as("worker").body(intake("Hà Thị Có Hồ Sơ " + UUID.randomUUID(), null)).post("/api/v1/intakes").then().statusCode(201)
                .body("clubLinks", empty()).extract().path("id");
        String link = "/api/v1/referrals/" + referral + "/linked-case";
        String etag = as("worker").get("/api/v1/referrals/" + referral).then().statusCode(200).extract().header("ETag");

        problem(as("worker").body(Map.of("caseId", caseId)).put(link).then(), 428, "precondition.required");
        problem(as("worker").header("If-Match", "\"999\"").body(Map.of("caseId", caseId)).put(link).then(), 412, "precondition.stale");
        problem(as("worker").header("If-Match", etag).body(Map.of("caseId", UUID.randomUUID().toString())).put(link).then(), 404, "resource.not-found");
        problem(as("operator").header("If-Match", etag).body(Map.of("caseId", caseId)).put(link).then(), 403, "auth.forbidden");
        problem(as("coordinator-caoxanh").header("If-Match", etag).body(Map.of("caseId", caseId)).put(link).then(), 403, "auth.forbidden");
        problem(as("partner").header("If-Match", etag).body(Map.of("caseId", caseId)).put(link).then(), 403, "auth.forbidden");

        String linkedTag = as("worker").header("If-Match", etag).body(Map.of("caseId", caseId)).put(link).then().statusCode(200)
                .body("caseLink.caseId", equalTo(caseId)).extract().header("ETag");
        as("supervisor").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("clubLinks[0].kind", equalTo("MEMBER")).body("clubLinks[0].targetGroup", equalTo("PROSPECTIVE_MIGRANT_WORKER"))
                .body("clubLinks[0].joinedOn", equalTo("2024-01-10")).body("clubLinks[0].linkedByName", equalTo("Nguyễn Thị Lan"));
        String other = as("worker").body(intake("Hà Thị Khác " + UUID.randomUUID(), null)).post("/api/v1/intakes").then().statusCode(201).extract().path("id");
        problem(as("worker").header("If-Match", linkedTag).body(Map.of("caseId", other)).put(link).then(), 409, "referral.already-linked");
        // A hotline operator does not read the whole case, so not its links either.
        problem(as("operator").get("/api/v1/cases/" + caseId).then(), 403, "auth.forbidden");

        // The member withdraws their consent to the club's records: the case no longer shows the membership.
        as("coordinator-caoxanh").post("/api/v1/clubs/" + CAO_XANH + "/members/" + memberId + "/erasure").then().statusCode(200);
        as("worker").get("/api/v1/cases/" + caseId).then().statusCode(200).body("clubLinks", empty());

        // A link made by mistake is removed with If-Match.
        as("worker").header("If-Match", linkedTag).delete(link).then().statusCode(200).body("caseLink", nullValue())
                .body("caseLinkSteps", contains("OPEN_INTAKE", "LINK_CASE"));
    }
}
