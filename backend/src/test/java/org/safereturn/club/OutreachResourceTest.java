package org.safereturn.club;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutreachResourceTest {
    static final String CAO_XANH = ClubResourceTest.CAO_XANH;
    static final String OUTREACH = "/api/v1/clubs/" + CAO_XANH + "/outreach-contacts";

    @Inject
    EntityManager em;

    /** A young woman planning to work abroad, met at the market: the least data. */
    static Map<String, Object> contact(String alias) {
        Map<String, Object> c = new HashMap<>(Map.of("contactedOn", LocalDate.now().minusDays(1).toString(), "alias", alias, "sex", "FEMALE",
                "ageBand", "AGE_18_20", "placeCode", "06658", "targetGroup", "PROSPECTIVE_MIGRANT_WORKER",
                "topics", List.of("SAFE_MIGRATION"), "said", "Được mời sang làm ở nhà hàng bên kia biên giới, lương cao", "leaflets", 2));
        return c;
    }

    long contacts() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM club_outreach_contact")
                .getSingleResult()).longValue());
    }

    @Test
    void anOutreachContactKeepsTheLeastDataAndANameOnlyWithConsent() {
        String alias = "H." + UUID.randomUUID().toString().substring(0, 4);
        long before = contacts();
        Map<String, Object> named = contact(alias);
        named.put("fullName", "Phạm Thị Hoa");
        named.put("phone", "0912 000 111");
        problem(as("coordinator-caoxanh").body(named).post(OUTREACH).then(), 422, "club.outreach-consent-required")
                .body("errors[0].field", equalTo("consent"));
        assertEquals(before, contacts(), "nothing kept without consent");

        String id = as("coordinator-caoxanh").body(contact(alias)).post(OUTREACH).then().statusCode(201)
                .body("alias", equalTo(alias)).body("fullName", nullValue()).body("actions", contains("EDIT", "INVITE", "REFER")).extract().path("id");
        named.put("consent", Map.of("givenOn", LocalDate.now().minusDays(1).toString(), "givenBy", "SELF"));
        String withName = as("coordinator-caoxanh").body(named).post(OUTREACH).then().statusCode(201)
                .body("fullName", equalTo("Phạm Thị Hoa")).body("phone", equalTo("0912 000 111")).extract().path("id");
        String raw = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT concat_ws('|', alias_enc, said_enc, full_name_enc, phone_enc) FROM club_outreach_contact WHERE id = ?1")
                .setParameter(1, UUID.fromString(withName)).getSingleResult());
        assertFalse(raw.contains("Hoa") || raw.contains("nhà hàng") || raw.contains(alias) || raw.contains("0912"), "encrypted at rest");

        as("coordinator-caoxanh").queryParam("size", 200).get(OUTREACH).then().statusCode(200).body("items.id", hasItem(id));
        as("coordinator-caoxanh").body(Map.of("on", LocalDate.now().toString())).post(OUTREACH + "/" + id + "/invitation").then().statusCode(200)
                .body("invitedOn", equalTo(LocalDate.now().toString())).body("actions", equalTo(List.of("EDIT", "REFER")));
        problem(as("coordinator-caoxanh").body(Map.of("on", LocalDate.now().toString())).post(OUTREACH + "/" + id + "/invitation").then(),
                409, "club.already-invited");

        problem(as("coordinator-tuanchau").get(OUTREACH).then(), 404, "resource.not-found");
        problem(as("supervisor").get(OUTREACH).then(), 403, "club.members-private");
        problem(as("worker").get(OUTREACH).then(), 403, "auth.forbidden");
        Map<String, Object> future = contact(alias);
        future.put("contactedOn", LocalDate.now().plusDays(5).toString());
        problem(as("coordinator-caoxanh").body(future).post(OUTREACH).then(), 422, "validation.failed").body("errors[0].field", equalTo("contactedOn"));
        Map<String, Object> badLeaflets = contact(alias);
        badLeaflets.put("leaflets", -1);
        problem(as("coordinator-caoxanh").body(badLeaflets).post(OUTREACH).then(), 422, "validation.failed");
    }

    @Test
    void livelihoodCounsellingGoesToAMemberAndItsFollowUpComesDue() {
        String counselling = "/api/v1/clubs/" + CAO_XANH + "/counselling";
        String member = as("coordinator-caoxanh").get("/api/v1/clubs/" + CAO_XANH + "/members").then().extract().path("items[0].id");
        String stranger = as("coordinator-tuanchau").get("/api/v1/clubs/" + ClubResourceTest.TUAN_CHAU + "/members").then().extract().path("items[0].id");
        LocalDate day = LocalDate.now().minusDays(10);
        Map<String, Object> advice = new HashMap<>(Map.of("memberId", member, "counselledOn", day.toString(), "topic", "SMALL_BUSINESS",
                "note", "Muốn mở quầy bán hàng ăn sáng; giới thiệu vay vốn Ngân hàng Chính sách xã hội", "followUpOn", day.plusDays(7).toString()));
        String id = as("coordinator-caoxanh").body(advice).post(counselling).then().statusCode(201)
                .body("followUpDue", equalTo(true)).body("actions", contains("EDIT", "RECORD_FOLLOW_UP", "REFER")).extract().path("id");
        as("coordinator-caoxanh").queryParam("due", true).queryParam("size", 200).get(counselling).then().statusCode(200).body("items.id", hasItem(id));
        as("coordinator-caoxanh").body(Map.of("on", LocalDate.now().toString())).post(counselling + "/" + id + "/follow-up").then().statusCode(200)
                .body("followUpDue", equalTo(false)).body("actions", equalTo(List.of("EDIT", "REFER")));
        problem(as("coordinator-caoxanh").body(Map.of("on", LocalDate.now().toString())).post(counselling + "/" + id + "/follow-up").then(),
                409, "club.followed-up");

        advice.put("memberId", stranger);
        problem(as("coordinator-caoxanh").body(advice).post(counselling).then(), 422, "club.not-a-member");
        advice.put("memberId", member);
        advice.put("followUpOn", day.minusDays(1).toString());
        problem(as("coordinator-caoxanh").body(advice).post(counselling).then(), 422, "validation.failed").body("errors[0].field", equalTo("followUpOn"));
        problem(as("coordinator").get(counselling).then(), 404, "resource.not-found");
    }

    @Test
    void anOutreachContactBecomesAReferralThatTheSocialWorkCentreSeesInItsInbox() {
        String alias = "T." + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> c = contact(alias);
        c.put("consent", Map.of("givenOn", LocalDate.now().minusDays(1).toString(), "givenBy", "SELF"));
        c.put("fullName", "Nguyễn Thị Thu Trang");
        c.put("phone", "0987 654 321");
        String id = as("coordinator-caoxanh").body(c).post(OUTREACH).then().statusCode(201).body("actions", hasItem("REFER")).extract().path("id");
        Map<String, Object> refer = new HashMap<>(Map.of("receiverOrganizationId", org.safereturn.testing.Api.SWC, "serviceType", "COUNSELLING",
                "urgency", "URGENT", "reason", "Sắp sang làm việc ở nước ngoài qua người môi giới không rõ; cần tư vấn di cư an toàn",
                "shareIdentity", true));
        problem(as("coordinator-caoxanh").body(refer).post(OUTREACH + "/" + id + "/referral").then(), 422, "club.outreach-consent-required")
                .body("errors[0].field", equalTo("consentToShare"));
        refer.put("consentToShare", Map.of("givenOn", LocalDate.now().toString(), "givenBy", "SELF"));
        problem(as("coordinator-tuanchau").body(refer).post("/api/v1/clubs/" + ClubResourceTest.TUAN_CHAU + "/outreach-contacts/" + id + "/referral").then(),
                404, "resource.not-found");
        String referral = as("coordinator-caoxanh").body(refer).post(OUTREACH + "/" + id + "/referral").then().statusCode(200)
                .body("referralId", org.hamcrest.Matchers.notNullValue()).body("actions", org.hamcrest.Matchers.not(hasItem("REFER")))
                .extract().path("referralId");
        problem(as("coordinator-caoxanh").body(refer).post(OUTREACH + "/" + id + "/referral").then(), 409, "club.already-referred");

        // The Social Work Centre's worker finds it in the inbox, reads what the club shared, and accepts it.
        as("worker").queryParam("direction", "incoming").queryParam("status", "SENT").queryParam("size", 200).get("/api/v1/referrals").then()
                .statusCode(200).body("items.find { it.id == '" + referral + "' }.subject", equalTo("OUTREACH"))
                .body("items.find { it.id == '" + referral + "' }.caseNumber", nullValue());
        as("worker").get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("side", equalTo("RECEIVER")).body("sharedCase", nullValue())
                .body("clubPerson.kind", equalTo("OUTREACH_CONTACT")).body("clubPerson.alias", equalTo(alias)).body("clubPerson.fullName", equalTo("Nguyễn Thị Thu Trang"))
                .body("clubPerson.targetGroup", equalTo("PROSPECTIVE_MIGRANT_WORKER")).body("clubPerson.clubName", org.hamcrest.Matchers.containsString("Cao Xanh"));
        as("worker").body(Map.of()).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        // Another organization does not see it.
        problem(as("partner").get("/api/v1/referrals/" + referral).then(), 404, "resource.not-found");
        String raw = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("SELECT subject_enc FROM referral WHERE id = ?1")
                .setParameter(1, UUID.fromString(referral)).getSingleResult());
        assertFalse(raw.contains("Trang") || raw.contains(alias), "the shared snapshot is encrypted at rest");
    }

    @Test
    void counsellingLeadsToAReferralToAPartnersServiceThatThePartnerAnswersThroughTheApi() {
        String counselling = "/api/v1/clubs/" + CAO_XANH + "/counselling";
        Map<String, Object> member = ClubResourceTest.member("Vũ Thị Thử Vay " + UUID.randomUUID().toString().substring(0, 4), ClubResourceTest.consent());
        String memberId = as("coordinator-caoxanh").body(member).post("/api/v1/clubs/" + CAO_XANH + "/members").then().statusCode(201).extract().path("id");
        String id = as("coordinator-caoxanh").body(Map.of("memberId", memberId, "counselledOn", LocalDate.now().toString(), "topic", "LOAN_AND_CREDIT",
                "note", "Cần vốn nhỏ để mở tiệm may")).post(counselling).then().statusCode(201).body("actions", contains("EDIT", "REFER")).extract().path("id");
        Map<String, Object> refer = new HashMap<>(Map.of("receiverOrganizationId", org.safereturn.testing.Api.BLUE_DRAGON,
                "serviceType", "VOCATIONAL_AND_JOB", "urgency", "ROUTINE", "reason", "Học nghề may và vay vốn khởi nghiệp", "shareIdentity", false));
        String referral = as("coordinator-caoxanh").body(refer).post(counselling + "/" + id + "/referral").then().statusCode(200)
                .body("referralId", org.hamcrest.Matchers.notNullValue()).body("actions", equalTo(List.of("EDIT"))).extract().path("referralId");
        problem(as("coordinator-caoxanh").body(refer).post(counselling + "/" + id + "/referral").then(), 409, "club.already-referred");

        // Blue Dragon's API client reads the member's initials and group, not the name, and answers through the API.
        String partner = org.safereturn.testing.Tokens.blueDragon();
        org.safereturn.testing.Api.asToken(partner).get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("clubPerson.kind", equalTo("MEMBER")).body("clubPerson.alias", org.hamcrest.Matchers.startsWith("V.T.T.V."))
                .body("clubPerson.fullName", nullValue()).body("clubPerson.phone", nullValue()).body("clubPerson.ageBand", notNullValue());
        org.safereturn.testing.Api.asToken(partner).queryParam("direction", "incoming").queryParam("size", 200).get("/api/v1/referrals").then()
                .statusCode(200).body("items.find { it.id == '" + referral + "' }.subject", equalTo("CLUB_MEMBER"));
        org.safereturn.testing.Api.asToken(partner).body(Map.of()).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        problem(as("worker").get("/api/v1/referrals/" + referral).then(), 404, "resource.not-found");
    }

    @Test
    void anOutreachContactIsCorrectedWithIfMatchAndLosesTheNameWhenTheConsentGoes() {
        String alias = "S." + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> c = contact(alias);
        c.put("consent", Map.of("givenOn", LocalDate.now().minusDays(1).toString(), "givenBy", "SELF"));
        c.put("fullName", "Đỗ Thị Sửa");
        c.put("phone", "0912 111 222");
        var created = as("coordinator-caoxanh").body(c).post(OUTREACH).then().statusCode(201).body("actions", hasItem("EDIT")).extract();
        String id = created.path("id");
        String path = OUTREACH + "/" + id;
        Map<String, Object> fix = new HashMap<>(c);
        fix.put("leaflets", 5);
        fix.put("said", "Đã được nhắc về hợp đồng lao động");
        problem(as("coordinator-caoxanh").body(fix).put(path).then(), 428, "precondition.required");
        problem(as("coordinator-caoxanh").header("If-Match", "\"7\"").body(fix).put(path).then(), 412, "precondition.stale");
        problem(as("coordinator-tuanchau").header("If-Match", "\"0\"").body(fix).put("/api/v1/clubs/" + ClubResourceTest.TUAN_CHAU + "/outreach-contacts/" + id).then(),
                404, "resource.not-found");
        problem(as("supervisor").header("If-Match", "\"0\"").body(fix).put(path).then(), 403, "club.members-private");
        Map<String, Object> future = new HashMap<>(fix);
        future.put("contactedOn", LocalDate.now().plusDays(2).toString());
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"").body(future).put(path).then(), 422, "validation.failed");
        String tag = as("coordinator-caoxanh").header("If-Match", "\"0\"").body(fix).put(path).then().statusCode(200)
                .body("leaflets", equalTo(5)).body("said", equalTo("Đã được nhắc về hợp đồng lao động")).body("fullName", equalTo("Đỗ Thị Sửa"))
                .header("ETag", equalTo("\"1\"")).extract().header("ETag");

        // Without the consent the name and phone go at once: a name without it is refused.
        Map<String, Object> withdrawn = new HashMap<>(fix);
        withdrawn.remove("consent");
        problem(as("coordinator-caoxanh").header("If-Match", tag).body(withdrawn).put(path).then(), 422, "club.outreach-consent-required");
        withdrawn.remove("fullName");
        withdrawn.remove("phone");
        as("coordinator-caoxanh").header("If-Match", tag).body(withdrawn).put(path).then().statusCode(200)
                .body("fullName", nullValue()).body("phone", nullValue()).body("consentGivenOn", nullValue()).body("alias", equalTo(alias));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM club_outreach_contact WHERE id = ?1 AND (full_name_enc IS NOT NULL OR phone_enc IS NOT NULL)")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue()));
    }

    @Test
    void aCounsellingIsCorrectedWithIfMatchForTheSameMember() {
        String counselling = "/api/v1/clubs/" + CAO_XANH + "/counselling";
        String memberId = as("coordinator-caoxanh").body(ClubResourceTest.member("Vũ Thị Sửa " + UUID.randomUUID().toString().substring(0, 4), ClubResourceTest.consent()))
                .post("/api/v1/clubs/" + CAO_XANH + "/members").then().statusCode(201).extract().path("id");
        String other = as("coordinator-caoxanh").body(ClubResourceTest.member("Vũ Thị Khác " + UUID.randomUUID().toString().substring(0, 4), ClubResourceTest.consent()))
                .post("/api/v1/clubs/" + CAO_XANH + "/members").then().statusCode(201).extract().path("id");
        Map<String, Object> advice = new HashMap<>(Map.of("memberId", memberId, "counselledOn", LocalDate.now().minusDays(3).toString(),
                "topic", "LOAN_AND_CREDIT", "note", "Vay vốn"));
        String id = as("coordinator-caoxanh").body(advice).post(counselling).then().statusCode(201).extract().path("id");
        String path = counselling + "/" + id;
        advice.put("note", "Vay vốn qua Ngân hàng Chính sách xã hội");
        advice.put("followUpOn", LocalDate.now().plusDays(10).toString());
        problem(as("coordinator-caoxanh").body(advice).put(path).then(), 428, "precondition.required");
        Map<String, Object> otherMember = new HashMap<>(advice);
        otherMember.put("memberId", other);
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"").body(otherMember).put(path).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("memberId"));
        Map<String, Object> early = new HashMap<>(advice);
        early.put("followUpOn", LocalDate.now().minusDays(5).toString());
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"").body(early).put(path).then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("followUpOn"));
        as("coordinator-caoxanh").header("If-Match", "\"0\"").body(advice).put(path).then().statusCode(200)
                .body("note", equalTo("Vay vốn qua Ngân hàng Chính sách xã hội")).body("followUpOn", equalTo(LocalDate.now().plusDays(10).toString()))
                .header("ETag", equalTo("\"1\""));
        problem(as("coordinator-caoxanh").header("If-Match", "\"0\"").body(advice).put(path).then(), 412, "precondition.stale");
    }
}
