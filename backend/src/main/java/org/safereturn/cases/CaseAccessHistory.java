package org.safereturn.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.safereturn.audit.AuditDtos;
import org.safereturn.audit.AuditService;

/**
 * Who opened, changed, printed or was refused a case, newest first: the case's own access
 * history, for the workers of its organization. Reading it is audited too.
 */
@ApplicationScoped
class CaseAccessHistory {
    @Inject
    CaseService cases;
    @Inject
    AuditService audit;

    @Transactional
    AuditDtos.AuditEventPage of(UUID id, Integer page, Integer size) {
        CaseFile c = cases.inScope(id);
        AuditDtos.AuditEventPage history = audit.historyOf(CaseService.RECORD, c.id, page, size);
        audit.event("CASE_ACCESS_HISTORY_READ", CaseService.RECORD, c.id).write();
        return history;
    }
}
