package org.safereturn.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A signed statement of the chain's head at a moment: its position, hash and how many events were sealed. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "audit_checkpoint")
class AuditCheckpoint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "chain_position", nullable = false)
    long chainPosition;
    @Column(name = "head_hash", nullable = false)
    String headHash;
    @Column(name = "event_count", nullable = false)
    long eventCount;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(nullable = false)
    String signature;
}
