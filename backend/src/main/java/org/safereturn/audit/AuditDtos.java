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
                          String recordType, String recordId, String fieldGroups, String reason, String details,
                          @Schema(description = "The organization whose record it was, when the actor belongs to another") UUID subjectOrganizationId) {
        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id, e.occurredAt, e.actorUsername, e.organizationId, e.action, e.recordType,
                    e.recordId, e.fieldGroups, e.reason, e.details, e.subjectOrganizationId);
        }
    }

    @Schema(name = "AuditEventPage")
    record AuditEventPage(List<AuditEventView> items, int page, int size, long total) {}

    @Schema(name = "AuditVerification", description = "The result of re-computing the hash chain from the first event and checking its tail against the latest signed checkpoint")
    record Verification(boolean valid, long checked, Long firstBrokenEventId,
                        @Schema(description = "Events of transactions still running, not yet linked into the chain") long awaitingSeal,
                        @Schema(description = "The latest signed checkpoint the tail was checked against; null before the first") CheckpointView checkpoint,
                        @Schema(description = "When the newest events are missing: the first chain position missing") Long missingFromPosition,
                        @Schema(description = "When the newest events are missing: the last position the checkpoint vouches for") Long missingToPosition,
                        @Schema(description = "What is wrong, in words; null when valid") String problem) {}

    @Schema(name = "AuditCheckpoint", description = "A signed statement of the chain's head")
    record CheckpointView(long chainPosition, String headHash, long eventCount, OffsetDateTime createdAt,
                          @Schema(description = "Whether its signature is this system's") boolean signatureValid) {
        static CheckpointView of(AuditCheckpoint c, boolean signatureValid) {
            return new CheckpointView(c.chainPosition, c.headHash, c.eventCount, c.createdAt, signatureValid);
        }
    }
}
