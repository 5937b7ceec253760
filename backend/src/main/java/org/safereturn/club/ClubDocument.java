package org.safereturn.club;

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

/** A file of a club: its founding decision, or a meeting's materials. Name and content are encrypted. */
@Entity
@Table(name = "club_document")
class ClubDocument {
    /** What a club's document is. */
    enum Kind {
        /** The decision founding the club (e.g. 471/QĐ-LĐTBXH): read by everyone who reaches the club. */
        FOUNDING_DECISION,
        /** What a meeting used or produced (slides, leaflets, a sign-in sheet): the club's own. */
        MEETING_MATERIAL
    }

    @Id
    UUID id;
    @Column(name = "club_id", nullable = false)
    UUID clubId;
    @Column(name = "meeting_id")
    UUID meetingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Kind kind;
    @Column(name = "file_name_enc", nullable = false)
    String fileNameEnc;
    @Column(name = "media_type", nullable = false)
    String mediaType;
    @Column(name = "size_bytes", nullable = false)
    int sizeBytes;
    @Column(name = "content_hash", nullable = false)
    String contentHash;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_enc", nullable = false)
    byte[] contentEnc;
    @Column(name = "uploaded_by_subject", nullable = false)
    String uploadedBySubject;
    @Column(name = "uploaded_by_name", nullable = false)
    String uploadedByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Overseers read the founding decision; a meeting's materials are the club's own like its minutes. */
    boolean readableBy(ClubAccess.Level level) {
        return level == ClubAccess.Level.OWN || kind == Kind.FOUNDING_DECISION;
    }
}
