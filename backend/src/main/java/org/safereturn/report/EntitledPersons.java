package org.safereturn.report;

import java.util.ArrayList;
import java.util.List;
import org.safereturn.cases.Entitlements;
import org.safereturn.cases.SupportType;

/**
 * The records the entitlement-coverage report counts: who is entitled to which support, worked
 * out by the entitlement engine itself rather than by rules written again in SQL.
 */
final class EntitledPersons {
    /**
     * Each person of a case (the person received, then the children accompanying them) with the
     * supports Art. 37 entitles them to: the entitlement engine's answer for every kind of subject,
     * as a table of values joined to the persons' recorded facts.
     */
    static final String FROM = """
            (SELECT c.id AS case_id, c.organization_id, c.received_at, c.place_found_code, c.ident_result, p.id AS person_id, p.sex, p.age_band,
                    FALSE AS accompanying, p.nationality, p.stateless
               FROM case_file c JOIN person p ON p.id = c.person_id
             UNION ALL
             SELECT c.id, c.organization_id, c.received_at, c.place_found_code, c.ident_result, k.id, k.sex, k.age_band, TRUE, m.nationality, m.stateless
               FROM case_file c JOIN case_child cc ON cc.case_id = c.id JOIN person k ON k.id = cc.person_id JOIN person m ON m.id = c.person_id) e
            JOIN (VALUES %s) AS ent(status, citizenship, minor, accompanying, support_type)
              ON ent.status = CASE WHEN e.ident_result IS NULL THEN 'BEING_IDENTIFIED' WHEN e.ident_result = 'VICTIM' THEN 'VICTIM' ELSE 'NOT_VICTIM' END
             AND ent.citizenship = CASE WHEN e.stateless THEN 'STATELESS_RESIDENT' WHEN e.nationality IS NULL OR e.nationality = 'VN' THEN 'VIETNAMESE'
                                        ELSE 'FOREIGN' END
             AND ent.minor = (coalesce(e.age_band, 'UNKNOWN') IN ('AGE_0_8', 'AGE_9_17'))
             AND ent.accompanying = e.accompanying
            LEFT JOIN place pf ON pf.code = e.place_found_code""".formatted(entitlementValues());

    /** Every kind of subject in Vietnam (status, citizenship, minor or adult, accompanying or not) with each support the engine allows it, as SQL values. */
    private static String entitlementValues() {
        List<String> rows = new ArrayList<>();
        for (Entitlements.Status status : Entitlements.Status.values()) {
            for (Entitlements.Citizenship citizenship : Entitlements.Citizenship.values()) {
                for (boolean minor : new boolean[] {true, false}) {
                    for (boolean accompanying : new boolean[] {true, false}) {
                        int age = minor ? 10 : Entitlements.ADULT_AGE + 12;
                        var subject = new Entitlements.Subject(status, citizenship, age, true, accompanying);
                        var entitlement = Entitlements.of(subject);
                        for (SupportType type : SupportType.values()) {
                            if (entitlement.allows(type)) {
                                rows.add("('%s', '%s', %s, %s, '%s')".formatted(status, citizenship, minor, accompanying, type));
                            }
                        }
                    }
                }
            }
        }
        return String.join(", ", rows);
    }

    private EntitledPersons() {}
}
