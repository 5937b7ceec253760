package org.safereturn.audit;

import java.util.Collection;
import java.util.Map;

/**
 * How a feature names its records in the audit log: a case by its number, a ticket by its
 * number, an organization by its name. Never personal data: the log is read by supervisors and
 * admins who may not see the record itself.
 */
public interface AuditRecordLabels {
    /** The record type this feature writes (CASE, HOTLINE_TICKET…). */
    String recordType();

    /** The labels of the records with these ids; unknown or malformed ids are left out. */
    Map<String, String> labelsOf(Collection<String> ids);

    /** The ids that are UUIDs, the form most records take. */
    static java.util.List<java.util.UUID> uuids(Collection<String> ids) {
        java.util.List<java.util.UUID> uuids = new java.util.ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(java.util.UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                // a list read ("list") or another form of id: no label
            }
        }
        return uuids;
    }

    /** Runs a query of (id, label) rows over the ids that are UUIDs. */
    static Map<String, String> query(jakarta.persistence.EntityManager em, String jpql, Collection<String> ids) {
        var uuids = uuids(ids);
        if (uuids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> labels = new java.util.HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("ids", uuids).getResultList()
                .forEach(row -> labels.put(String.valueOf(row[0]), (String) row[1]));
        return labels;
    }
}
