package org.safereturn.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One run of moving every encrypted value to the current key; at most one runs at a time. */
@Entity
@Table(name = "crypto_reencryption")
class ReencryptionJob {
    @Id
    UUID id;
    @Column(name = "key_id", nullable = false)
    String keyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;
    @Column(name = "rows_total", nullable = false)
    long rowsTotal;
    @Column(name = "rows_done", nullable = false)
    long rowsDone;
    @Column(name = "started_at", nullable = false)
    OffsetDateTime startedAt;
    @Column(name = "finished_at")
    OffsetDateTime finishedAt;
    @Column(name = "started_by_name", nullable = false)
    String startedByName;
    @Column(name = "failure")
    String failure;

    /** RUNNING until every value is on the key, then DONE; FAILED when a value cannot be opened. */
    enum Status { RUNNING, DONE, FAILED }

    void done(OffsetDateTime now) {
        status = Status.DONE;
        finishedAt = now;
    }

    void failed(String why, OffsetDateTime now) {
        status = Status.FAILED;
        failure = why;
        finishedAt = now;
    }
}
