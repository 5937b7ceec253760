package org.safereturn.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A report or data set exported in the background for its requester, with the reach they had when they asked. */
@Entity
@Table(name = "report_export")
class ExportJob {
    enum Status { QUEUED, RUNNING, READY, FAILED, EXPIRED }

    @Id
    UUID id;
    @Column(name = "requested_by_subject", nullable = false)
    String requestedBySubject;
    @Column(name = "requested_by_username", nullable = false)
    String requestedByUsername;
    @Column(name = "requester_roles", nullable = false)
    String requesterRoles;
    @Column(name = "organization_id")
    UUID organizationId;
    @Column(name = "client_id")
    String clientId;
    @Column(nullable = false)
    String report;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    ExportDtos.ExportRequest parameters;
    @Column(nullable = false)
    String format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;
    int progress;
    @Column(name = "file_enc")
    byte[] fileEnc;
    @Column(name = "file_name")
    String fileName;
    @Column(name = "size_bytes")
    Long sizeBytes;
    @Column(name = "token_enc")
    String tokenEnc;
    String error;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "started_at")
    OffsetDateTime startedAt;
    @Column(name = "finished_at")
    OffsetDateTime finishedAt;
    @Column(name = "expires_at")
    OffsetDateTime expiresAt;

    static ExportJob queue(ReportCaller caller, ExportDtos.ExportRequest request, OffsetDateTime now) {
        ExportJob job = new ExportJob();
        job.id = UUID.randomUUID();
        job.requestedBySubject = caller.subject();
        job.requestedByUsername = caller.username();
        job.requesterRoles = String.join(",", caller.roles());
        job.organizationId = caller.organizationId();
        job.clientId = caller.clientId();
        job.report = request.report();
        job.parameters = request;
        job.format = request.format();
        job.status = Status.QUEUED;
        job.createdAt = now;
        return job;
    }

    /** The requester as they were when they asked. */
    ReportCaller requester() {
        return new ReportCaller(requestedBySubject, requestedByUsername,
                requesterRoles.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(Arrays.asList(requesterRoles.split(","))), organizationId, clientId);
    }

    void ready(byte[] encrypted, long size, String name, String encryptedToken, OffsetDateTime now, OffsetDateTime expires) {
        fileEnc = encrypted;
        sizeBytes = size;
        fileName = name;
        tokenEnc = encryptedToken;
        progress = 100;
        status = Status.READY;
        finishedAt = now;
        expiresAt = expires;
    }

    void fail(String why, OffsetDateTime now) {
        status = Status.FAILED;
        error = why.length() > 500 ? why.substring(0, 500) : why;
        finishedAt = now;
    }

    boolean expired(OffsetDateTime now) {
        return status == Status.EXPIRED || status == Status.READY && expiresAt != null && !now.isBefore(expiresAt);
    }
}
