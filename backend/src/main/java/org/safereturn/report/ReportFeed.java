package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.persistence.NativeValues;

/**
 * The integrators' incremental feed: the reportable records (cases, supports, referrals, hotline
 * contacts) changed since a cursor, in commit order, each as its de-identified facts under a
 * stable pseudonym, or as a tombstone once it is gone, so that a copy kept from the feed stays
 * exact. Facts are months (never days), provinces (never communes), codes and flags: never a
 * name, contact, ID number or free text. The changes are noted by triggers (V40).
 */
@ApplicationScoped
class ReportFeed {
    static final int MAX_LIMIT = 1000;
    static final List<String> TYPES = List.of("CASE", "SUPPORT", "REFERRAL", "CONTACT");
    private static final String VN = "'Asia/Ho_Chi_Minh'";
    private static final Map<String, String> FACTS = Map.of(
            "CASE", """
                    SELECT c.id, to_char(c.received_at AT TIME ZONE %1$s, 'YYYY-MM') AS "receivedMonth", c.channel, c.category, c.status,
                           p.sex, coalesce(p.age_band, 'UNKNOWN') AS "ageBand", p.nationality, coalesce(pf.parent_code, pf.code) AS province,
                           CAST(c.organization_id AS text) AS "organizationId", c.verified_at IS NOT NULL AS verified,
                           CASE WHEN c.verified_at IS NOT NULL THEN c.verified_at <= c.verification_due_at END AS "verifiedWithinDeadline",
                           c.ident_result AS "identificationResult", to_char(c.ident_decision_date, 'YYYY-MM') AS "identificationMonth",
                           c.ident_forms AS "exploitationForms", c.ident_means_of_control AS "meansOfControl",
                           c.ident_country AS "countryOfExploitation"
                      FROM case_file c JOIN person p ON p.id = c.person_id LEFT JOIN place pf ON pf.code = c.place_found_code
                     WHERE c.id IN (:ids)""".formatted(VN),
            "SUPPORT", """
                    SELECT d.id, d.case_id AS "case", d.support_type AS "supportType", CAST(d.provider_organization_id AS text) AS "providerOrganizationId",
                           to_char(d.delivered_from, 'YYYY-MM') AS "deliveredMonth", d.amount_vnd AS "amountVnd"
                      FROM support_delivery d WHERE d.id IN (:ids)""",
            "REFERRAL", """
                    SELECT r.id, r.case_id AS "case", CAST(r.sender_organization_id AS text) AS "senderOrganizationId",
                           CAST(r.receiver_organization_id AS text) AS "receiverOrganizationId", r.service_type AS "serviceType", r.urgency, r.status,
                           to_char(r.sent_at AT TIME ZONE %1$s, 'YYYY-MM') AS "sentMonth",
                           CASE WHEN r.answered_at IS NOT NULL THEN r.answered_at <= r.answer_due_at END AS "answeredWithinDeadline",
                           to_char(r.completed_at AT TIME ZONE %1$s, 'YYYY-MM') AS "completedMonth"
                      FROM referral r WHERE r.id IN (:ids) AND r.status <> 'DRAFT'""".formatted(VN),
            "CONTACT", """
                    SELECT t.id, l.code AS line, t.channel, t.direction, t.status, t.urgency, t.categories,
                           to_char(t.started_at AT TIME ZONE %1$s, 'YYYY-MM') AS "startedMonth", t.concerned_sex AS "concernedSex",
                           coalesce(tp.parent_code, tp.code) AS "concernedProvince", CAST(t.organization_id AS text) AS "organizationId",
                           CASE WHEN t.responded_at IS NOT NULL THEN t.responded_at <= t.response_due_at END AS "respondedWithinDeadline"
                      FROM hotline_ticket t LEFT JOIN hotline_line l ON l.id = t.line_id LEFT JOIN place tp ON tp.code = t.concerned_place_code
                     WHERE t.id IN (:ids)""".formatted(VN));

    /** One change: the record's facts now, or a tombstone (facts null) when it is gone. */
    @Schema(name = "FeedChange", description = "A record as it is now (UPSERT) or gone (DELETE, a tombstone without facts)")
    record Change(@Schema(description = "The change's number; pass the page's cursor to get the next ones") long seq,
                  @Schema(enumeration = {"CASE", "SUPPORT", "REFERRAL", "CONTACT"}) String type,
                  @Schema(description = "The record's pseudonym: stable, never the record's id") String id,
                  @Schema(enumeration = {"UPSERT", "DELETE"}) String op,
                  java.time.OffsetDateTime changedAt,
                  @Schema(description = "The de-identified facts: months, provinces, codes, flags and amounts; a case's supports and referrals name it by its pseudonym") Map<String, Object> facts) {}

    @Schema(name = "FeedPage")
    record Page(List<Change> items,
                @Schema(description = "Where the next page starts: the last change's number, or the cursor asked for when nothing changed") String cursor,
                @Schema(description = "Whether more changes wait after this page") boolean more) {}

    @Inject
    EntityManager em;
    @Inject
    FieldCipher cipher;
    @Inject
    ReportAgreements agreements;
    @Inject
    AuditService audit;

    @Transactional
    Page since(ReportCaller caller, long cursor, int limit, Set<String> types) {
        agreements.require(caller, ReportAgreements.FEED);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT record_type, record_id, seq, changed_at FROM report_feed_change
                 WHERE seq > :cursor AND record_type IN (:types) ORDER BY seq LIMIT :limit""")
                .setParameter("cursor", cursor).setParameter("types", types).setParameter("limit", limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<String, List<UUID>> idsByType = new HashMap<>();
        for (Object[] r : page) {
            idsByType.computeIfAbsent((String) r[0], t -> new ArrayList<>()).add((UUID) r[1]);
        }
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        idsByType.forEach((type, ids) -> facts.putAll(facts(type, ids)));
        List<Change> items = new ArrayList<>(page.size());
        long last = cursor;
        for (Object[] r : page) {
            UUID id = (UUID) r[1];
            Map<String, Object> f = facts.get(id);
            last = ((Number) r[2]).longValue();
            items.add(new Change(last, (String) r[0], pseudonym(id), f == null ? "DELETE" : "UPSERT", NativeValues.offsetDateTime(r[3]), f));
        }
        audit.event("REPORT_FEED_READ", "REPORT", "feed").details("{\"cursor\":" + cursor + ",\"items\":" + items.size() + "}").write();
        return new Page(items, String.valueOf(last), more);
    }

    /** The facts of each record of a type that still exists, record ids replaced by pseudonyms. */
    private Map<UUID, Map<String, Object>> facts(String type, List<UUID> ids) {
        var query = em.createNativeQuery(FACTS.get(type), jakarta.persistence.Tuple.class).setParameter("ids", ids);
        Map<UUID, Map<String, Object>> out = new HashMap<>();
        for (Object o : query.getResultList()) {
            jakarta.persistence.Tuple t = (jakarta.persistence.Tuple) o;
            Map<String, Object> f = new LinkedHashMap<>();
            UUID id = null;
            for (jakarta.persistence.TupleElement<?> e : t.getElements()) {
                Object v = t.get(e);
                String name = e.getAlias();
                if ("id".equals(name)) {
                    id = (UUID) v;
                    continue;
                }
                if ("case".equals(name)) {
                    v = v == null ? null : pseudonym((UUID) v);
                } else if (v instanceof String[] || v instanceof java.sql.Array) {
                    v = Arrays.asList(NativeValues.strings(v));
                }
                f.put(name, v);
            }
            out.put(id, f);
        }
        return out;
    }

    /** A record's pseudonym: a keyed hash of its id, stable across reads and copies. */
    String pseudonym(UUID id) {
        return cipher.index(FieldCipher.BlindIndex.FEED_PSEUDONYM, id.toString()).substring(0, 32);
    }
}
