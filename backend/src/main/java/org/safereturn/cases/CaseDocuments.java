package org.safereturn.cases;

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
import org.safereturn.common.files.Uploads;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;

/** Upload and download of a case's documents, within the configured size and type limits. */
@ApplicationScoped
class CaseDocuments {
    @Schema(name = "CaseDocument")
    record DocumentView(UUID id, UUID caseId, CaseDocument.Kind kind, String fileName, String mediaType, int sizeBytes,
                        @Schema(description = "Keyed hash (HMAC-SHA256) of the content: equal files have equal hashes within this installation")
                        String contentHash, String uploadedByName, OffsetDateTime createdAt) {}

    @Schema(name = "CaseDocumentList")
    record DocumentList(List<DocumentView> items) {}

    record Download(String fileName, String mediaType, byte[] content) {}

    @Inject
    Uploads uploads;
    @Inject
    CaseService cases;
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
    DocumentView upload(UUID caseId, CaseDocument.Kind kind, String fileName, String mediaType, byte[] content) {
        CaseFile c = cases.inScope(caseId);
        Uploads.Checked file = uploads.check(mediaType, fileName, content);
        if (kind == null) {
            throw ProblemException.invalid("kind", "must be one of " + java.util.Arrays.toString(CaseDocument.Kind.values()));
        }
        String name = file.fileName();
        String type = file.mediaType();
        CaseDocument d = new CaseDocument();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.kind = kind;
        d.fileNameEnc = cipher.encrypt(name, "case_document.file_name_enc", d.id);
        d.mediaType = type;
        d.sizeBytes = content.length;
        d.contentHash = cipher.contentHash(content);
        d.contentHashKeyed = true;
        d.contentEnc = cipher.encryptBytes(content, "case_document.content_enc", d.id);
        d.uploadedBySubject = user.subject();
        d.uploadedByName = user.displayName();
        d.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.persist(d);
        cases.recordEvent(c.id, "DOCUMENT_ADDED", CaseService.eventParams("kind", kind), "Document added: " + kind);
        audit.record("CASE_DOCUMENT_ADDED", CaseService.RECORD, c.id, null, null, "{\"document\":\"" + d.id + "\"}");
        return view(d);
    }

    @Transactional
    DocumentList list(UUID caseId) {
        CaseFile c = cases.inScope(caseId);
        List<CaseDocument> docs = em.createQuery("SELECT new org.safereturn.cases.CaseDocuments$Row(d.id, d.caseId, d.kind, d.fileNameEnc, "
                        + "d.mediaType, d.sizeBytes, d.contentHash, d.uploadedByName, d.createdAt) FROM CaseDocument d WHERE d.caseId = ?1 "
                        + "ORDER BY d.createdAt DESC", Row.class)
                .setParameter(1, c.id).getResultList().stream().map(Row::toDocument).toList();
        audit.event("CASE_DOCUMENTS_LISTED", CaseService.RECORD, c.id).groups("NARRATIVE").write();
        return new DocumentList(docs.stream().map(this::view).toList());
    }

    @Transactional
    Download download(UUID caseId, UUID documentId) {
        CaseFile c = cases.inScope(caseId);
        CaseDocument d = em.find(CaseDocument.class, documentId);
        if (d == null || !d.caseId.equals(c.id)) {
            throw ProblemException.notFound("Document", documentId);
        }
        audit.record("CASE_DOCUMENT_READ", CaseService.RECORD, c.id, "IDENTITY", null, "{\"document\":\"" + d.id + "\"}");
        return new Download(cipher.decrypt(d.fileNameEnc, "case_document.file_name_enc", d.id), d.mediaType,
                cipher.decryptBytes(d.contentEnc, "case_document.content_enc", d.id));
    }

    /** A document without its content, for lists. */
    record Row(UUID id, UUID caseId, CaseDocument.Kind kind, String fileNameEnc, String mediaType, int sizeBytes,
               String contentHash, String uploadedByName, OffsetDateTime createdAt) {
        CaseDocument toDocument() {
            CaseDocument d = new CaseDocument();
            d.id = id;
            d.caseId = caseId;
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

    private DocumentView view(CaseDocument d) {
        return new DocumentView(d.id, d.caseId, d.kind, cipher.decrypt(d.fileNameEnc, "case_document.file_name_enc", d.id), d.mediaType, d.sizeBytes, d.contentHash,
                d.uploadedByName, d.createdAt);
    }

}
