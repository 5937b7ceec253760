package org.safereturn.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the audit trail. Written by the transaction it audits without its link; the sealer
 * then sets its chain position, the previous event's hash and its own hash, once, and nothing
 * changes it after that.
 */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "audit_event")
class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;
    @Column(name = "actor_subject", nullable = false)
    String actorSubject;
    @Column(name = "actor_username", nullable = false)
    String actorUsername;
    /** The actor's display name then: a label for readers, outside the hash. */
    @Column(name = "actor_name")
    String actorName;
    @Column(name = "organization_id")
    UUID organizationId;
    /** The organization whose record was read or changed, when another one's member did it (e.g. a shared case). */
    @Column(name = "subject_organization_id")
    UUID subjectOrganizationId;
    @Column(nullable = false)
    String action;
    @Column(name = "record_type", nullable = false)
    String recordType;
    @Column(name = "record_id", nullable = false)
    String recordId;
    @Column(name = "field_groups")
    String fieldGroups;
    String reason;
    String details;
    @Column(name = "chain_position")
    Long chainPosition;
    @Column(name = "prev_hash")
    String prevHash;
    String hash;
    /** 1: the first canonical form (fields joined); 2: every field length-prefixed. Set by the sealer. */
    @Column(name = "hash_version", nullable = false)
    short hashVersion = 2;
}
