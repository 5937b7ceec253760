package org.safereturn.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the audit API answers. */
final class AuditDtos {
    private AuditDtos() {}

    @Schema(name = "AuditEvent", description = "Who read or changed which record, when and why")
    record AuditEventView(long id, OffsetDateTime occurredAt, String actorUsername, UUID organizationId, String action,
                          String recordType, String recordId, String fieldGroups, String reason, String details) {
        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id, e.occurredAt, e.actorUsername, e.organizationId, e.action, e.recordType,
                    e.recordId, e.fieldGroups, e.reason, e.details);
        }
    }

    @Schema(name = "AuditEventPage")
    record AuditEventPage(List<AuditEventView> items, int page, int size, long total) {}

    @Schema(name = "AuditVerification", description = "The result of re-computing the hash chain from the first event")
    record Verification(boolean valid, long checked, Long firstBrokenEventId,
                        @Schema(description = "Events of transactions still running, not yet linked into the chain") long awaitingSeal) {}
}
