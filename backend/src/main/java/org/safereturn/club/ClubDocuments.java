package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.files.Uploads;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;

/**
 * A club's files. The founding decision is kept by the club's coordinator or an admin and read
 * by everyone who reaches the club; a meeting's materials are the club's own (overseers 403).
 * Every upload, list, download and removal is audited.
 */
@ApplicationScoped
class ClubDocuments {
    static final String RECORD = "CLUB_DOCUMENT";
    private static final String NAME = "club_document.file_name_enc";
    private static final String CONTENT = "club_document.content_enc";

    @Schema(name = "ClubDocument", description = "A club's file, without its content")
    record DocumentView(UUID id, UUID clubId, UUID meetingId, ClubDocument.Kind kind, String fileName, String mediaType, int sizeBytes,
                        @Schema(description = "Keyed hash (HMAC-SHA256) of the content") String contentHash,
                        String uploadedByName, OffsetDateTime createdAt,
                        @Schema(description = "What the caller may do with it: DOWNLOAD, REMOVE") List<String> actions) {}

    @Schema(name = "ClubDocumentList")
    record DocumentList(List<DocumentView> items) {}

    record Download(String fileName, String mediaType, byte[] content) {}

    @Inject
    ClubAccess access;
    @Inject
    ClubMeetingRepository meetings;
    @Inject
    Uploads uploads;
    @Inject
    FieldCipher cipher;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    DocumentView upload(UUID clubId, ClubDocument.Kind kind, UUID meetingId, String fileName, String mediaType, byte[] content) {
        ClubAccess.Reached reached = access.club(clubId);
        requireKeeper(reached, kind);
        if (kind == ClubDocument.Kind.MEETING_MATERIAL) {
            if (meetingId == null) {
                throw ProblemException.invalid("meetingId", "is required for a meeting's materials");
            }
            meetings.findInClub(meetingId, clubId).orElseThrow(() -> ProblemException.notFound("Meeting", meetingId));
        } else if (meetingId != null) {
            throw ProblemException.invalid("meetingId", "belongs only to a meeting's materials");
        }
        Uploads.Checked file = uploads.check(mediaType, fileName, content);
        ClubDocument d = new ClubDocument();
        d.id = UUID.randomUUID();
        d.clubId = clubId;
        d.meetingId = meetingId;
        d.kind = kind;
        d.fileNameEnc = cipher.encrypt(file.fileName(), NAME, d.id);
        d.mediaType = file.mediaType();
        d.sizeBytes = content.length;
        d.contentHash = cipher.contentHash(content);
        d.contentEnc = cipher.encryptBytes(content, CONTENT, d.id);
        d.uploadedBySubject = user.subject();
        d.uploadedByName = user.displayName();
        d.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.persist(d);
        audit.event("CLUB_DOCUMENT_ADDED", RECORD, d.id).about(clubId)
                .details("{\"kind\":\"" + kind + "\"" + (meetingId == null ? "" : ",\"meeting\":\"" + meetingId + "\"") + "}").write();
        return view(d, reached.level());
    }

    /** The club's documents the caller may read, newest first; only a meeting's when meetingId is given. */
    @Transactional
    DocumentList list(UUID clubId, UUID meetingId) {
        ClubAccess.Reached reached = access.club(clubId);
        String jpql = "SELECT new org.safereturn.club.ClubDocuments$Row(d.id, d.clubId, d.meetingId, d.kind, d.fileNameEnc, d.mediaType, "
                + "d.sizeBytes, d.contentHash, d.uploadedByName, d.createdAt) FROM ClubDocument d WHERE d.clubId = :club"
                + (meetingId == null ? "" : " AND d.meetingId = :meeting")
                + (reached.level() == ClubAccess.Level.OWN ? "" : " AND d.kind = :founding")
                + " ORDER BY d.createdAt DESC, d.id";
        var query = em.createQuery(jpql, Row.class).setParameter("club", clubId);
        if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        if (reached.level() != ClubAccess.Level.OWN) {
            query.setParameter("founding", ClubDocument.Kind.FOUNDING_DECISION);
        }
        List<DocumentView> items = query.getResultList().stream().map(r -> view(r.toDocument(), reached.level())).toList();
        audit.event("CLUB_DOCUMENTS_LISTED", ClubService.CLUB, clubId).about(clubId).write();
        return new DocumentList(items);
    }

    @Transactional
    Download download(UUID clubId, UUID id) {
        ClubAccess.Reached reached = access.club(clubId);
        ClubDocument d = readable(reached, id);
        audit.event("CLUB_DOCUMENT_READ", RECORD, d.id).about(clubId).write();
        return new Download(cipher.decrypt(d.fileNameEnc, NAME, d.id), d.mediaType, cipher.decryptBytes(d.contentEnc, CONTENT, d.id));
    }

    /** Removes a file uploaded by mistake; the audit keeps that it was there. */
    @Transactional
    void remove(UUID clubId, UUID id) {
        ClubAccess.Reached reached = access.club(clubId);
        ClubDocument d = readable(reached, id);
        requireKeeper(reached, d.kind);
        em.remove(d);
        audit.event("CLUB_DOCUMENT_REMOVED", RECORD, d.id).about(clubId).details("{\"kind\":\"" + d.kind + "\"}").write();
    }

    private ClubDocument readable(ClubAccess.Reached reached, UUID id) {
        ClubDocument d = em.find(ClubDocument.class, id);
        if (d == null || !d.clubId.equals(reached.club().id)) {
            throw ProblemException.notFound("Document", id);
        }
        if (!d.readableBy(reached.level())) {
            throw privateToClub();
        }
        return d;
    }

    /** The club's coordinator keeps its files; an admin may also keep the founding decision. */
    private void requireKeeper(ClubAccess.Reached reached, ClubDocument.Kind kind) {
        boolean own = reached.level() == ClubAccess.Level.OWN;
        boolean admin = user.hasRole(Roles.ADMIN) && kind == ClubDocument.Kind.FOUNDING_DECISION;
        if (!own && !admin) {
            throw kind == ClubDocument.Kind.MEETING_MATERIAL ? privateToClub()
                    : new ProblemException(403, "auth.forbidden", "Forbidden", "The founding decision is kept by the club's coordinator or an admin");
        }
    }

    private static ProblemException privateToClub() {
        return new ProblemException(403, "club.members-private", "The club's own data",
                "A meeting's materials are read and kept by the club's own users, like its minutes");
    }

    private DocumentView view(ClubDocument d, ClubAccess.Level level) {
        boolean keeper = level == ClubAccess.Level.OWN || (user.hasRole(Roles.ADMIN) && d.kind == ClubDocument.Kind.FOUNDING_DECISION);
        return new DocumentView(d.id, d.clubId, d.meetingId, d.kind, cipher.decrypt(d.fileNameEnc, NAME, d.id), d.mediaType, d.sizeBytes,
                d.contentHash, d.uploadedByName, d.createdAt, keeper ? List.of("DOWNLOAD", "REMOVE") : List.of("DOWNLOAD"));
    }

    /** A document without its content, for lists. */
    record Row(UUID id, UUID clubId, UUID meetingId, ClubDocument.Kind kind, String fileNameEnc, String mediaType, int sizeBytes,
               String contentHash, String uploadedByName, OffsetDateTime createdAt) {
        ClubDocument toDocument() {
            ClubDocument d = new ClubDocument();
            d.id = id;
            d.clubId = clubId;
            d.meetingId = meetingId;
            d.kind = kind;
            d.fileNameEnc = fileNameEnc;
            d.mediaType = mediaType;
            d.sizeBytes = sizeBytes;
            d.contentHash = contentHash;
            d.uploadedByName = uploadedByName;
            d.createdAt = createdAt;
            return d;
        }
    }
}
