package org.safereturn.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.safereturn.audit.AuditRecordLabels;

/** A case in the audit log: its number. */
@ApplicationScoped
class CaseAuditLabels implements AuditRecordLabels {
    @Inject
    EntityManager em;

    @Override
    public String recordType() {
        return CaseService.RECORD;
    }

    @Override
    public Map<String, String> labelsOf(Collection<String> ids) {
        return AuditRecordLabels.query(em, "SELECT c.id, c.caseNumber FROM CaseFile c WHERE c.id IN :ids", ids);
    }
}
