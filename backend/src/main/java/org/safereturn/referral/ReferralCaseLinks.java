package org.safereturn.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CaseService;
import org.safereturn.cases.ClubLinks;
import org.safereturn.cases.IntakeFromReferral;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.persistence.NativeValues;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationService;
import org.safereturn.referral.ReferralDtos.CaseLink;
import org.safereturn.referral.ReferralDtos.ReferralView;
import org.safereturn.referral.ReferralLifecycle.Side;

/**
 * The link from a club's referral (an outreach contact or a member, no case) to the receiver's
 * case for the person: made when the receiver opens an intake from the referral, or links the
 * case it already had. Only those who see the case see the link (the case's workers and
 * supervisors, on the case and on the referral); the club never does: no referral step is
 * recorded for it, and the club's view of the referral carries nothing of it.
 */
@ApplicationScoped
public class ReferralCaseLinks implements ClubLinks {
    static final String OPEN_INTAKE = "OPEN_INTAKE";
    static final String LINK_CASE = "LINK_CASE";
    static final String UNLINK_CASE = "UNLINK_CASE";

    @Inject
    ReferralService referrals;
    @Inject
    CaseService cases;
    @Inject
    OrganizationService organizations;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Links the referral to a case of the caller's organization; the same case again changes nothing. */
    @Transactional
    ReferralView link(UUID id, long version, UUID caseId) {
        Referral x = lockedForReceiver(id, version);
        if (caseId.equals(x.linkedCaseId)) {
            return referrals.viewFor(id);
        }
        if (x.linkedCaseId != null) {
            throw ProblemException.conflict("referral.already-linked", "This referral is linked to another case; unlink it first");
        }
        link(x, cases.requireInScope(caseId));
        return referrals.viewFor(id);
    }

    /** Removes a link made by mistake; the audit and the case's timeline keep that it was there. */
    @Transactional
    ReferralView unlink(UUID id, long version) {
        Referral x = lockedForReceiver(id, version);
        if (x.linkedCaseId == null) {
            throw ProblemException.conflict("referral.not-linked", "This referral is not linked to a case");
        }
        UUID caseId = x.linkedCaseId;
        x.unlink(now());
        Flushes.orStale(em);
        cases.recordEvent(caseId, "CLUB_REFERRAL_UNLINKED", CaseService.eventParams("referral", x.id), "Club referral unlinked");
        audit.event("REFERRAL_CASE_UNLINKED", ReferralService.RECORD, x.id).details("{\"case\":\"" + caseId + "\"}").write();
        return referrals.viewFor(id);
    }

    /** An intake opened from a club's referral links it to the new case, in the intake's transaction. */
    void onIntake(@Observes IntakeFromReferral opened) {
        Referral x = em.find(Referral.class, opened.referralId(), LockModeType.PESSIMISTIC_WRITE);
        if (x == null || !x.receiverOrganizationId.equals(opened.organizationId()) || x.status == ReferralStatus.DRAFT) {
            throw ProblemException.invalid("fromReferralId", "is not a referral your organization received");
        }
        requireLinkable(x);
        if (x.linkedCaseId != null) {
            throw ProblemException.conflict("referral.already-linked", "This referral is already linked to a case");
        }
        link(x, cases.requireInScope(opened.caseId()));
    }

    private void link(Referral x, CaseService.CaseRef ref) {
        if (ref.closed()) {
            throw ProblemException.conflict("referral.case-closed", "Case " + ref.caseNumber() + " is closed; reopen it to link");
        }
        x.linkTo(ref.id(), user.displayName(), now());
        Flushes.orStale(em);
        cases.recordEvent(ref.id(), "CLUB_REFERRAL_LINKED", CaseService.eventParams("referral", x.id, "kind", kind(x)),
                "Linked to a club's referral (" + kind(x) + ")");
        audit.event("REFERRAL_CASE_LINKED", ReferralService.RECORD, x.id).details("{\"case\":\"" + ref.id() + "\"}").write();
    }

    private Referral lockedForReceiver(UUID id, long version) {
        Referral x = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        Side side = x == null ? null : x.sideOf(organizations.callerOrganization());
        if (side == null) {
            throw ProblemException.notFound("Referral", id);
        }
        if (side != Side.RECEIVER || !worksCases()) {
            throw new ProblemException(403, "referral.wrong-side", "Not your step",
                    "Only the receiving organization's social workers and supervisors link a club's referral to a case");
        }
        if (x.version != version) {
            throw org.safereturn.common.web.Etags.stale();
        }
        requireLinkable(x);
        return x;
    }

    private static void requireLinkable(Referral x) {
        if (x.caseId != null) {
            throw ProblemException.conflict("referral.has-case", "This referral is about a case already");
        }
        if (!x.linkable()) {
            throw ProblemException.conflict("referral.invalid-transition", "Accept the referral before linking it to a case");
        }
    }

    /** What the caller sees of the link: the receiver's case workers only. */
    CaseLink linkOf(Referral x, Side side) {
        if (x.linkedCaseId == null || side != Side.RECEIVER || !worksCases()) {
            return null;
        }
        Object number = em.createNativeQuery("SELECT case_number FROM case_file WHERE id = ?1 AND organization_id = ?2")
                .setParameter(1, x.linkedCaseId).setParameter(2, x.receiverOrganizationId).getResultStream().findFirst().orElse(null);
        return number == null ? null : new CaseLink(x.linkedCaseId, (String) number, x.linkedAt, x.linkedByName);
    }

    /** The steps the caller may take about the link now. */
    List<String> steps(Referral x, Side side) {
        if (side != Side.RECEIVER || !worksCases() || !x.linkable()) {
            return List.of();
        }
        return x.linkedCaseId == null ? List.of(OPEN_INTAKE, LINK_CASE) : List.of(UNLINK_CASE);
    }

    @Override
    public List<ClubLink> of(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, CASE WHEN r.club_member_id IS NULL THEN 'OUTREACH_CONTACT' ELSE 'MEMBER' END,
                       r.sender_organization_id, o.name_vi, m.target_group, m.joined_on, m.left_on, r.linked_at, r.linked_by_name
                FROM referral r
                JOIN organization o ON o.id = r.sender_organization_id
                LEFT JOIN club_member m ON m.id = r.club_member_id
                WHERE r.linked_case_id = ?1 AND (r.club_member_id IS NULL OR m.erased_at IS NULL)
                ORDER BY r.linked_at, r.id""").setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> new ClubLink((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                NativeValues.localDate(r[5]), NativeValues.localDate(r[6]), NativeValues.offsetDateTime(r[7]), (String) r[8])).toList();
    }

    private static String kind(Referral x) {
        return x.clubMemberId != null ? "MEMBER" : "OUTREACH_CONTACT";
    }

    private boolean worksCases() {
        return user.hasRole(Roles.SOCIAL_WORKER) || user.hasRole(Roles.SUPERVISOR);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
