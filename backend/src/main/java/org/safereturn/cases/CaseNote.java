package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A worker's note on a case; the text is encrypted, and confidential notes are hidden from hotline operators. */
@Entity
@Table(name = "case_note")
class CaseNote {
    @Id
    UUID id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(name = "text_enc", nullable = false)
    String textEnc;
    boolean confidential;
    @Column(name = "author_subject", nullable = false)
    String authorSubject;
    @Column(name = "author_name", nullable = false)
    String authorName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
