package org.safereturn.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the audit API answers. */
public final class AuditDtos {
    private AuditDtos() {}

    @Schema(name = "AuditEvent", description = "Who read or changed which record, when and why")
    public record AuditEventView(long id, OffsetDateTime occurredAt, String actorUsername,
                          @Schema(description = "The actor's display name when it happened (staff name, or the organization's name for an API client); null for older events") String actorName,
                          UUID organizationId,
                          @Schema(description = "What was done; the list is the contract's enum, so readers can word every one") String action,
                          String recordType, String recordId,
                          @Schema(description = "The record's readable name: a case or ticket number, an organization's name; null when the record has none or is gone") String recordLabel,
                          String fieldGroups, String reason, String details,
                          @Schema(description = "The organization whose record it was, when the actor belongs to another") UUID subjectOrganizationId) {
        static AuditEventView of(AuditEvent e, String recordLabel) {
            return new AuditEventView(e.id, e.occurredAt, e.actorUsername, e.actorName, e.organizationId, e.action, e.recordType,
                    e.recordId, recordLabel, e.fieldGroups, e.reason, e.details, e.subjectOrganizationId);
        }
    }

    @Schema(name = "AuditEventPage")
    public record AuditEventPage(List<AuditEventView> items, int page, int size, long total) {}

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
