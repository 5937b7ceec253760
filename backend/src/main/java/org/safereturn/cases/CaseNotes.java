package org.safereturn.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import io.quarkus.panache.common.Sort;
import org.safereturn.audit.AuditService;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.PageQuery;

/** Notes on a case: encrypted, audited; confidential ones only for social workers and supervisors. */
@ApplicationScoped
class CaseNotes {
    @Inject
    CaseService cases;
    @Inject
    PersonCodec codec;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    IdempotencyKeys idempotency;

    @Transactional
    CaseDtos.NoteView add(UUID caseId, CaseDtos.NoteRequest r, String idempotencyKey) {
        String id = idempotency.once(idempotencyKey, "addCaseNote:" + caseId, r, () -> record(caseId, r).id.toString());
        return view(em.find(CaseNote.class, UUID.fromString(id)));
    }

    private CaseNote record(UUID caseId, CaseDtos.NoteRequest r) {
        CaseFile c = cases.inScope(caseId);
        CaseNote n = new CaseNote();
        n.id = UUID.randomUUID();
        n.caseId = c.id;
        n.textEnc = codec.encrypt(r.text(), "case_note.text_enc", n.id);
        n.confidential = r.confidential();
        n.authorSubject = user.subject();
        n.authorName = user.displayName();
        n.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.persist(n);
        cases.recordEvent(c.id, "NOTE_ADDED", CaseService.eventParams("confidential", r.confidential()), r.confidential() ? "Confidential note added" : "Note added");
        audit.record("CASE_NOTE_ADDED", CaseService.RECORD, c.id, "NARRATIVE", null, null);
        return n;
    }

    @Transactional
    CaseDtos.NotePage list(UUID caseId, Integer page, Integer size) {
        CaseFile c = cases.inScope(caseId);
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), Sort.by("createdAt"));
        // Only those who work cases read notes, confidential ones included (hotline operators read a case's brief).
        String where = "n.caseId = ?1";
        var notes = em.createQuery("FROM CaseNote n WHERE " + where + " ORDER BY n.createdAt DESC, n.id", CaseNote.class)
                .setParameter(1, c.id).setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList();
        long total = em.createQuery("SELECT count(n) FROM CaseNote n WHERE " + where, Long.class).setParameter(1, c.id).getSingleResult();
        audit.record("CASE_NOTES_READ", CaseService.RECORD, c.id, "NARRATIVE", null, null);
        return new CaseDtos.NotePage(notes.stream().map(this::view).toList(), pq.page(), pq.size(), total);
    }

    private CaseDtos.NoteView view(CaseNote n) {
        return new CaseDtos.NoteView(n.id, codec.decrypt(n.textEnc, "case_note.text_enc", n.id), n.confidential, n.authorName, n.createdAt);
    }
}
