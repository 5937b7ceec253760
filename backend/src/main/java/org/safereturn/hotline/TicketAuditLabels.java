package org.safereturn.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.safereturn.audit.AuditRecordLabels;

/** A hotline ticket in the audit log: its number. */
@ApplicationScoped
class TicketAuditLabels implements AuditRecordLabels {
    @Inject
    EntityManager em;

    @Override
    public String recordType() {
        return TicketService.RECORD;
    }

    @Override
    public Map<String, String> labelsOf(Collection<String> ids) {
        var uuids = AuditRecordLabels.uuids(ids);
        if (uuids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> labels = new java.util.HashMap<>();
        em.createQuery("SELECT t.id, t.number FROM HotlineTicket t WHERE t.id IN :ids", Object[].class).setParameter("ids", uuids)
                .getResultList().forEach(row -> labels.put(String.valueOf(row[0]), HotlineTicket.label(((Number) row[1]).longValue())));
        return labels;
    }
}
