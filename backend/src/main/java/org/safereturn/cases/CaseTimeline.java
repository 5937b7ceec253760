package org.safereturn.cases;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.web.PageQuery;

/** Reading a case's timeline: its entries newest first, each with its codes and the worker's note, decrypted. */
@ApplicationScoped
class CaseTimeline {
    @Inject
    CaseService cases;
    @Inject
    PersonCodec codec;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;

    @Transactional
    CaseDtos.TimelinePage page(UUID caseId, Integer page, Integer size) {
        CaseFile c = cases.inScope(caseId);
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), Sort.by("id", Sort.Direction.Descending));
        List<CaseEvent> events = em.createQuery("FROM CaseEvent e WHERE e.caseId = ?1 ORDER BY e.id DESC", CaseEvent.class)
                .setParameter(1, c.id).setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList();
        long total = em.createQuery("SELECT count(e) FROM CaseEvent e WHERE e.caseId = ?1", Long.class)
                .setParameter(1, c.id).getSingleResult();
        audit.record("CASE_TIMELINE_READ", CaseService.RECORD, c.id, null, null, null);
        return new CaseDtos.TimelinePage(events.stream()
                .map(e -> new CaseDtos.TimelineEvent(e.id, e.occurredAt, e.type, e.actorName, e.summary, withNote(e))).toList(),
                pq.page(), pq.size(), total);
    }

    /** The entry's parameters with the worker's note, decrypted, under "note" (as the timeline has always shown it). */
    private Map<String, String> withNote(CaseEvent e) {
        String note = codec.decryptOrLegacyPlain(e.noteEnc, "case_event.note_enc", e.caseId);
        if (note == null) {
            return e.params;
        }
        Map<String, String> params = new LinkedHashMap<>(e.params);
        params.put("note", note);
        return params;
    }
}
