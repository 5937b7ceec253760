package org.safereturn.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.BLUE_DRAGON;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/**
 * Reads every personal field of a case with a mother and her son as the receiving organization,
 * under each combination of consents and overrides, and checks what shows against one table.
 */
@QuarkusTest
class DisclosureMatrixTest {
    static final String MOTHER = "MAIN_PERSON";
    static final String SON = "ACCOMPANYING_CHILD";
    static final String NARRATIVE = "Taken across the border with her son; they escaped together.";
    /** Which field shows which group, with the value recorded at intake, per person. */
    static final Map<String, Map<String, List<String>>> FIELDS = Map.of(
            MOTHER, Map.of("IDENTITY", List.of("idDocumentNumber", "079301000123"), "CONTACT", List.of("phone", "0912 345 678"),
                    "HEALTH", List.of("disabilities", "low vision"), "NARRATIVE", List.of("narrative", NARRATIVE)),
            SON, Map.of("IDENTITY", List.of("idDocumentNumber", "GKS-2019-77"), "CONTACT", List.of("phone", "0987 654 321"),
                    "HEALTH", List.of("disabilities", "asthma"), "NARRATIVE", List.of("narrative", "")));

    enum State { ACTIVE, WITHDRAWN, EXPIRED }

    enum Override { NONE, IN_FORCE, ENDED_BY_WITHDRAWAL, EXPIRED }

    /** A consent to share with Blue Dragon, and what becomes of it after the referral is sent. */
    record Given(String who, List<String> groups, State after) {}

    /**
     * One line of the table: the consents, what the referral asks to share, the override, and
     * per person the groups Blue Dragon then sees and on which basis (absent: not shown at all).
     */
    record Row(String name, List<Given> consents, List<String> requested, Override override, Map<String, Shown> shown) {}

    record Shown(List<String> groups, String basis) {}

    static final List<Row> TABLE = List.of(
            new Row("main person only", List.of(new Given(MOTHER, List.of("IDENTITY", "CONTACT"), State.ACTIVE)),
                    List.of("IDENTITY", "CONTACT"), Override.NONE, Map.of(MOTHER, new Shown(List.of("IDENTITY", "CONTACT"), "CONSENT"))),
            new Row("child only (the guardian consents for the son)", List.of(new Given(SON, List.of("IDENTITY"), State.ACTIVE)),
                    List.of("IDENTITY"), Override.NONE, Map.of(SON, new Shown(List.of("IDENTITY"), "CONSENT"))),
            new Row("both, each their own groups", List.of(new Given(MOTHER, List.of("IDENTITY"), State.ACTIVE),
                    new Given(SON, List.of("IDENTITY", "HEALTH"), State.ACTIVE)),
                    List.of("IDENTITY", "HEALTH"), Override.NONE, Map.of(MOTHER, new Shown(List.of("IDENTITY"), "CONSENT"),
                            SON, new Shown(List.of("IDENTITY", "HEALTH"), "CONSENT"))),
            new Row("withdrawn after sending", List.of(new Given(MOTHER, List.of("IDENTITY", "NARRATIVE"), State.WITHDRAWN),
                    new Given(SON, List.of("IDENTITY"), State.ACTIVE)),
                    List.of("IDENTITY", "NARRATIVE"), Override.NONE, Map.of(SON, new Shown(List.of("IDENTITY"), "CONSENT"))),
            new Row("expired after sending", List.of(new Given(MOTHER, List.of("IDENTITY"), State.EXPIRED)),
                    List.of("IDENTITY"), Override.NONE, Map.of()),
            new Row("override in force", List.of(new Given(SON, List.of("IDENTITY"), State.ACTIVE)),
                    List.of("IDENTITY", "NARRATIVE"), Override.IN_FORCE, Map.of(MOTHER, new Shown(List.of("IDENTITY", "NARRATIVE"), "OVERRIDE"),
                            SON, new Shown(List.of("IDENTITY"), "OVERRIDE"))),
            new Row("override after a withdrawal", List.of(new Given(SON, List.of("IDENTITY"), State.ACTIVE),
                    new Given(SON, List.of("CONTACT"), State.WITHDRAWN)),
                    List.of("IDENTITY", "NARRATIVE"), Override.ENDED_BY_WITHDRAWAL, Map.of(SON, new Shown(List.of("IDENTITY"), "CONSENT"))),
            new Row("override past its end", List.of(new Given(MOTHER, List.of("HEALTH"), State.ACTIVE)),
                    List.of("IDENTITY", "HEALTH"), Override.EXPIRED, Map.of(MOTHER, new Shown(List.of("HEALTH"), "CONSENT"))));

    @Inject
    EntityManager em;

    @Test
    void theReceiverSeesOfEachPersonExactlyWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            wrong.addAll(check(row));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theOwnOrganizationSeesEveryFieldAThirdOrganizationNothing() {
        Map<String, String> c = openMotherAndSon();
        String referral = send(c, TABLE.get(1));
        JsonPath own = as("worker").get("/api/v1/cases/" + c.get("caseId")).then().statusCode(200).extract().jsonPath();
        assertEquals("079301000123", own.getString("person.idDocumentNumber"));
        assertEquals("asthma", own.getString("accompanyingChildren[0].disabilities"));
        problem(asToken(Tokens.worldVision()).get("/api/v1/referrals/" + referral).then(), 404, "resource.not-found");
        // The sender sees the receiver's view, to know what is shared.
        JsonPath sender = as("worker").get("/api/v1/referrals/" + referral).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(SON), sender.getList("sharedCase.persons.role"));
    }

    private List<String> check(Row row) {
        Map<String, String> c = openMotherAndSon();
        String referral = send(c, row);
        JsonPath seen = asToken(Tokens.blueDragon()).get("/api/v1/referrals/" + referral).then().statusCode(200).extract().jsonPath();
        List<String> wrong = new ArrayList<>();
        List<Map<String, Object>> persons = seen.getList("sharedCase.persons");
        Set<String> roles = new java.util.HashSet<>();
        for (Map<String, Object> p : persons) {
            String role = (String) p.get("role");
            roles.add(role);
            Shown expected = row.shown().get(role);
            if (expected == null) {
                wrong.add(row.name() + ": " + role + " is shown but must not be");
                continue;
            }
            if (!expected.groups().equals(p.get("fieldGroups"))) {
                wrong.add(row.name() + ": " + role + " shows " + p.get("fieldGroups") + ", expected " + expected.groups());
            }
            if (!expected.basis().equals(p.get("basis"))) {
                wrong.add(row.name() + ": " + role + " basis " + p.get("basis") + ", expected " + expected.basis());
            }
            for (var field : FIELDS.get(role).entrySet()) {
                String name = field.getValue().get(0);
                Object value = p.get(name);
                boolean shouldShow = expected.groups().contains(field.getKey()) && !field.getValue().get(1).isEmpty();
                if (shouldShow && !field.getValue().get(1).equals(value)) {
                    wrong.add(row.name() + ": " + role + "." + name + " = " + value + ", expected it shown");
                } else if (!shouldShow && value != null) {
                    wrong.add(row.name() + ": " + role + "." + name + " is shown but its group is not");
                }
            }
            boolean nameShown = p.get("fullName") != null;
            if (nameShown != expected.groups().contains("IDENTITY")) {
                wrong.add(row.name() + ": " + role + ".fullName shown=" + nameShown);
            }
        }
        if (!roles.equals(row.shown().keySet())) {
            wrong.add(row.name() + ": persons shown " + roles + ", expected " + row.shown().keySet());
        }
        if (row.override() != Override.NONE) {
            boolean active = seen.getBoolean("override.active");
            if (active != (row.override() == Override.IN_FORCE)) {
                wrong.add(row.name() + ": override.active = " + active);
            }
            if (seen.getBoolean("override.endedByWithdrawal") != (row.override() == Override.ENDED_BY_WITHDRAWAL)) {
                wrong.add(row.name() + ": override.endedByWithdrawal is wrong");
            }
        }
        return wrong;
    }

    /** Records the row's consents, refers the case to Blue Dragon (with an override if the row has one), sends it, then ages what the row says. */
    private String send(Map<String, String> c, Row row) {
        Map<Given, String> consentIds = new LinkedHashMap<>();
        for (Given g : row.consents()) {
            consentIds.put(g, consent(c.get("caseId"), c.get(g.who()), g.groups()));
        }
        Map<String, Object> body = org.safereturn.testing.Fixtures.referral(c.get("caseId"), row.requested());
        String by = "worker";
        if (row.override() != Override.NONE) {
            body.put("emergencyOverride", Map.of("reason", "The trafficker is looking for them tonight"));
            by = "supervisor";
        }
        String id = as(by).body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as(by).body(Map.of()).post("/api/v1/referrals/" + id + "/send").then().statusCode(200);
        consentIds.forEach((g, consentId) -> {
            if (g.after() == State.WITHDRAWN) {
                as("worker").body(Map.of("reason", "The family asked to stop")).post("/api/v1/cases/" + c.get("caseId") + "/consents/" + consentId + "/withdraw")
                        .then().statusCode(200);
            } else if (g.after() == State.EXPIRED) {
                sql("UPDATE consent SET valid_until = now() - interval '1 minute' WHERE id = '" + consentId + "'");
            }
        });
        if (row.override() == Override.EXPIRED) {
            sql("UPDATE referral SET override_at = now() - interval '80 hours', override_ends_at = now() - interval '8 hours' WHERE id = '" + id + "'");
        }
        return id;
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, em.createNativeQuery(statement).executeUpdate()));
    }

    static String consent(String caseId, String personId, List<String> groups) {
        Map<String, Object> m = new HashMap<>(Map.of("personId", personId, "givenBy", "GUARDIAN", "guardianName", "Lò Thị Mẹ",
                "guardianRelation", "mother", "purpose", "SHARE_WITH_ORGANIZATION", "organizationId", BLUE_DRAGON, "fieldGroups", groups,
                "givenAt", OffsetDateTime.now().minusMinutes(5).toString(), "method", "SIGNED_FORM"));
        return as("worker").body(m).post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
    }

    /** A mother received with her son: {caseId, MAIN_PERSON: id, ACCOMPANYING_CHILD: id}. */
    static Map<String, String> openMotherAndSon() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> mother = new HashMap<>(Map.of("fullName", "Lò Thị Mẹ " + tag, "sex", "FEMALE", "birthDate", "1994-05-02",
                "idDocumentType", "CITIZEN_ID", "idDocumentNumber", "079301000123", "phone", "0912 345 678", "disabilities", "low vision"));
        Map<String, Object> son = new HashMap<>(Map.of("fullName", "Lò Văn Con " + tag, "sex", "MALE", "birthDate", "2019-08-20",
                "idDocumentType", "BIRTH_CERTIFICATE", "idDocumentNumber", "GKS-2019-77", "phone", "0987 654 321", "disabilities", "asthma"));
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "BORDER_GUARD_HANDOVER", "receivedAt", OffsetDateTime.now().minusHours(3).toString(),
                "person", mother, "accompanyingChildren", List.of(son), "category", "PRESUMED_VICTIM", "narrative", NARRATIVE));
        JsonPath created = as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract().jsonPath();
        return Map.of("caseId", created.getString("id"), MOTHER, created.getString("person.id"),
                SON, created.getString("accompanyingChildren[0].id"));
    }
}
