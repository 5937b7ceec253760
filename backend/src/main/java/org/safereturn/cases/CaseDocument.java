package org.safereturn.cases;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file attached to a case; its content and name are encrypted, its content loaded only on download. */
@Entity
@Table(name = "case_document")
class CaseDocument {
    @Id
    UUID id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Kind kind;
    @Column(name = "file_name_enc", nullable = false)
    String fileNameEnc;
    @Column(name = "media_type", nullable = false)
    String mediaType;
    @Column(name = "size_bytes", nullable = false)
    int sizeBytes;
    /** HMAC-SHA256 of the content (FieldCipher#contentHash); plain SHA-256 where contentHashKeyed is false (before V27). */
    @Column(name = "content_hash", nullable = false)
    String contentHash;
    @Column(name = "content_hash_keyed", nullable = false)
    boolean contentHashKeyed;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_enc", nullable = false)
    byte[] contentEnc;
    @Column(name = "uploaded_by_subject", nullable = false)
    String uploadedBySubject;
    @Column(name = "uploaded_by_name", nullable = false)
    String uploadedByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** What a document is. */
    enum Kind { IDENTIFICATION_DECISION, HANDOVER_MINUTES, VERIFICATION_RECORD, IDENTITY_DOCUMENT, MEDICAL_RECORD, CONSENT_FORM, OTHER }
}
