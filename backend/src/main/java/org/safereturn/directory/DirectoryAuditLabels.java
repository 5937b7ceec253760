package org.safereturn.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.safereturn.audit.AuditRecordLabels;

/** The directory's records in the audit log, by their Vietnamese names. */
final class DirectoryAuditLabels {
    private DirectoryAuditLabels() {}

    /** An organization: its name. */
    @ApplicationScoped
    static class Organizations implements AuditRecordLabels {
        @Inject
        EntityManager em;

        @Override
        public String recordType() {
            return OrganizationService.RECORD;
        }

        @Override
        public Map<String, String> labelsOf(Collection<String> ids) {
            return AuditRecordLabels.query(em, "SELECT o.id, o.nameVi FROM Organization o WHERE o.id IN :ids", ids);
        }
    }

    /** A service: its name. */
    @ApplicationScoped
    static class Services implements AuditRecordLabels {
        @Inject
        EntityManager em;

        @Override
        public String recordType() {
            return "SERVICE";
        }

        @Override
        public Map<String, String> labelsOf(Collection<String> ids) {
            return AuditRecordLabels.query(em, "SELECT s.id, s.nameVi FROM Service s WHERE s.id IN :ids", ids);
        }
    }
}
