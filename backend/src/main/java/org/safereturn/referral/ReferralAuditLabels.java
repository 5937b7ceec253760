package org.safereturn.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.safereturn.audit.AuditRecordLabels;

/** A referral in the audit log: the number of the case it refers, or the start of its own id for a club's. */
@ApplicationScoped
class ReferralAuditLabels implements AuditRecordLabels {
    @Inject
    EntityManager em;

    @Override
    public String recordType() {
        return ReferralService.RECORD;
    }

    @Override
    public Map<String, String> labelsOf(Collection<String> ids) {
        var uuids = AuditRecordLabels.uuids(ids);
        if (uuids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> labels = new HashMap<>();
        em.createNativeQuery("SELECT r.id::text, c.case_number FROM referral r LEFT JOIN case_file c ON c.id = r.case_id WHERE r.id IN (:ids)")
                .setParameter("ids", uuids).getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    String id = (String) r[0];
                    labels.put(id, r[1] != null ? (String) r[1] : id.substring(0, 8).toUpperCase(java.util.Locale.ROOT));
                });
        return labels;
    }
}
