package org.safereturn.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CareDtos.RiskAssessmentView;
import org.safereturn.cases.CareDtos.VisitView;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.CurrentUser;

/** Protection (risk assessments with their measures) and reintegration follow-up visits of a case. */
@ApplicationScoped
class CareRecords {
    private static final EnumSet<CaseStatus> AFTER_HANDOVER = EnumSet.of(CaseStatus.HANDED_OVER, CaseStatus.FOLLOW_UP);

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
    RiskAssessmentView assess(UUID caseId, CareDtos.RiskAssessmentRequest r, String idempotencyKey) {
        String id = idempotency.once(idempotencyKey, "assessCaseRisk:" + caseId, r, () -> recordAssessment(caseId, r).id.toString());
        return view(em.find(RiskAssessment.class, UUID.fromString(id)));
    }

    private RiskAssessment recordAssessment(UUID caseId, CareDtos.RiskAssessmentRequest r) {
        CaseFile c = cases.inScope(caseId);
        if (c.status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("case.closed", "Reopen the case before assessing it again");
        }
        RiskAssessment a = new RiskAssessment();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.level = r.level();
        a.threatSources = r.threatSources().stream().distinct().map(Enum::name).toList();
        a.atRisk = r.atRisk().stream().distinct().map(Enum::name).toList();
        a.threatsEnc = codec.encrypt(r.threats(), "risk_assessment.threats_enc", a.id);
        a.measures = r.measures() == null ? List.of() : r.measures().stream().distinct().map(Enum::name).toList();
        a.measuresNoteEnc = codec.encrypt(r.measuresNote(), "risk_assessment.measures_note_enc", a.id);
        a.assessedAt = r.assessedAt();
        a.assessedBySubject = user.subject();
        a.assessedByName = user.displayName();
        a.createdAt = now();
        em.persist(a);
        cases.recordEvent(c.id, "RISK_ASSESSED",
                CaseService.eventParams("level", a.level, "measures", a.measures.isEmpty() ? null : String.join(",", a.measures)), "Risk " + a.level + (a.measures.isEmpty() ? "" : "; measures " + a.measures));
        audit.record("CASE_RISK_ASSESSED", CaseService.RECORD, c.id, "HEALTH,NARRATIVE", null, null);
        return a;
    }

    @Transactional
    CareDtos.RiskAssessmentList assessments(UUID caseId) {
        CaseFile c = cases.inScope(caseId);
        audit.record("CASE_RISK_READ", CaseService.RECORD, c.id, "NARRATIVE", null, null);
        return new CareDtos.RiskAssessmentList(em.createQuery(
                        "FROM RiskAssessment a WHERE a.caseId = ?1 ORDER BY a.assessedAt DESC, a.createdAt DESC", RiskAssessment.class)
                .setParameter(1, c.id).getResultList().stream().map(this::view).toList());
    }

    @Transactional
    VisitView visit(UUID caseId, CareDtos.VisitRequest r, String idempotencyKey) {
        String id = idempotency.once(idempotencyKey, "recordFollowUpVisit:" + caseId, r, () -> recordVisit(caseId, r).id.toString());
        return view(em.find(FollowUpVisit.class, UUID.fromString(id)));
    }

    private FollowUpVisit recordVisit(UUID caseId, CareDtos.VisitRequest r) {
        CaseFile c = cases.inScope(caseId);
        if (!AFTER_HANDOVER.contains(c.status)) {
            throw ProblemException.conflict("case.not-handed-over", "Follow-up visits start after the handover; the case is " + c.status);
        }
        if (r.nextVisitDue() != null && r.nextVisitDue().isBefore(r.visitedAt().toLocalDate())) {
            throw ProblemException.invalid("nextVisitDue", "must not be before the visit");
        }
        FollowUpVisit v = new FollowUpVisit();
        v.id = UUID.randomUUID();
        v.caseId = c.id;
        v.visitedAt = r.visitedAt();
        v.visitedBy = r.visitedBy().trim();
        v.situationEnc = codec.encrypt(r.situation(), "follow_up_visit.situation_enc", v.id);
        v.reintegrationScore = r.reintegrationScore();
        v.nextVisitDue = r.nextVisitDue();
        v.recordedBySubject = user.subject();
        v.recordedByName = user.displayName();
        v.createdAt = now();
        em.persist(v);
        em.flush();
        // The case carries the due date of its latest visit (a visit recorded late does not move it back).
        c.nextVisitDue = em.createQuery("SELECT v.nextVisitDue FROM FollowUpVisit v WHERE v.caseId = ?1 ORDER BY v.visitedAt DESC, v.createdAt DESC",
                        LocalDate.class).setParameter(1, c.id).setMaxResults(1).getSingleResult();
        cases.recordEvent(c.id, "FOLLOW_UP_VISIT",
                CaseService.eventParams("score", v.reintegrationScore, "nextVisitDue", v.nextVisitDue), "Visit" + (v.reintegrationScore == null ? "" : ", reintegration " + v.reintegrationScore + "/5")
                + (v.nextVisitDue == null ? "" : ", next due " + v.nextVisitDue));
        audit.record("CASE_FOLLOW_UP_VISIT", CaseService.RECORD, c.id, "NARRATIVE", null, null);
        return v;
    }

    @Transactional
    CareDtos.VisitList visits(UUID caseId) {
        CaseFile c = cases.inScope(caseId);
        audit.record("CASE_FOLLOW_UPS_READ", CaseService.RECORD, c.id, "NARRATIVE", null, null);
        return new CareDtos.VisitList(em.createQuery("FROM FollowUpVisit v WHERE v.caseId = ?1 ORDER BY v.visitedAt DESC", FollowUpVisit.class)
                .setParameter(1, c.id).getResultList().stream().map(this::view).toList());
    }

    private RiskAssessmentView view(RiskAssessment a) {
        return new RiskAssessmentView(a.id, a.caseId, a.level,
                a.threatSources.stream().map(RiskAssessment.ThreatSource::valueOf).toList(),
                a.atRisk.stream().map(RiskAssessment.AtRisk::valueOf).toList(), codec.decrypt(a.threatsEnc, "risk_assessment.threats_enc", a.id),
                a.measures.stream().map(RiskAssessment.Measure::valueOf).toList(), codec.decrypt(a.measuresNoteEnc, "risk_assessment.measures_note_enc", a.id),
                a.assessedAt, a.assessedByName);
    }

    private VisitView view(FollowUpVisit v) {
        return new VisitView(v.id, v.caseId, v.visitedAt, v.visitedBy, codec.decrypt(v.situationEnc, "follow_up_visit.situation_enc", v.id), v.reintegrationScore,
                v.nextVisitDue, v.recordedByName);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
