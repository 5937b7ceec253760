package org.safereturn.testing;

import static org.safereturn.testing.Api.BLUE_DRAGON;
import static org.safereturn.testing.Api.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records of the Social Work Centre that many tests start from, made through the API as its worker. */
public final class Fixtures {
    private Fixtures() {}

    public static final String REFERRALS = "/api/v1/referrals";
    /** Blue Dragon's legal aid for victims (demo directory). */
    public static final String BD_LEGAL_AID = "00000000-0000-4000-b000-000000000015";

    /** A case of the Social Work Centre, a girl of 17 with a phone: {id, personId, name}. */
    public static String[] openCase() {
        String name = "Lò Thị Chuyển " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new HashMap<>(Map.of("fullName", name, "sex", "FEMALE", "estimatedAge", 17, "phone", "0912345678"));
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "BORDER_GUARD_HANDOVER", "receivedAt", OffsetDateTime.now().minusHours(5).toString(),
                "person", person, "category", "PRESUMED_VICTIM", "narrative", "Sold to a family across the border, escaped after a year."));
        var created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract();
        return new String[] {created.path("id"), created.path("person.id"), name};
    }

    /** Her father's signed consent to share these field groups with an organization: the consent's id. */
    public static String consent(String[] c, String organizationId, List<String> groups) {
        Map<String, Object> m = new HashMap<>(Map.of("personId", c[1], "givenBy", "GUARDIAN", "guardianName", "Lò Văn Bố",
                "guardianRelation", "father", "purpose", "SHARE_WITH_ORGANIZATION", "organizationId", organizationId, "fieldGroups", groups,
                "givenAt", OffsetDateTime.now().minusMinutes(5).toString(), "method", "SIGNED_FORM"));
        return as("worker").body(m).post("/api/v1/cases/" + c[0] + "/consents").then().statusCode(201).extract().path("id");
    }

    /** A referral of the case to Blue Dragon's legal aid, sharing these field groups (the request body). */
    public static Map<String, Object> referral(String caseId, List<String> groups) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseId", caseId);
        m.put("receiverOrganizationId", BLUE_DRAGON);
        m.put("serviceId", BD_LEGAL_AID);
        m.put("urgency", "URGENT");
        m.put("reason", "Needs a lawyer for the criminal case against the recruiter");
        m.put("requestedBy", LocalDate.now().plusDays(7).toString());
        m.put("fieldGroups", groups);
        return m;
    }

    /** A referral sent to Blue Dragon with IDENTITY shared under consent: {referralId, caseId, name}. */
    public static String[] sentReferral() {
        String[] c = openCase();
        consent(c, BLUE_DRAGON, List.of("IDENTITY"));
        String id = as("worker").body(referral(c[0], List.of("IDENTITY"))).post(REFERRALS).then().statusCode(201).extract().path("id");
        as("worker").body(Map.of()).post(REFERRALS + "/" + id + "/send").then().statusCode(200);
        return new String[] {id, c[0], c[2]};
    }
}
