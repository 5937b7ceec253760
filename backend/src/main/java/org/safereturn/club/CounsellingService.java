package org.safereturn.club;

import org.safereturn.common.ctdc.AgeBand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.club.OutreachDtos.CounsellingAction;
import org.safereturn.club.OutreachDtos.CounsellingPage;
import org.safereturn.club.OutreachDtos.CounsellingRequest;
import org.safereturn.club.OutreachDtos.CounsellingView;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.common.web.PageQuery;
import org.safereturn.common.web.Text;

/** Livelihood counselling given to a club's members: the club's own records, notes encrypted, follow-ups that come due. */
@ApplicationScoped
public class CounsellingService {
    static final String COUNSELLING = "CLUB_COUNSELLING";

    @Inject
    ClubAccess access;
    @Inject
    ClubMemberRepository members;
    @Inject
    MemberCodec codec;
    @Inject
    FieldCipher cipher;
    @Inject
    org.safereturn.directory.OrganizationService organizations;
    @Inject
    org.safereturn.referral.ClubReferrals referrals;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    CounsellingPage counselling(UUID clubId, Boolean due, Integer page, Integer size) {
        access.ownClub(clubId);
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), null);
        String where = "FROM Counselling c WHERE c.clubId = :club"
                + (Boolean.TRUE.equals(due) ? " AND c.followUpOn <= :today AND c.followedUpOn IS NULL" : "");
        var query = em.createQuery(where + " ORDER BY " + (Boolean.TRUE.equals(due) ? "c.followUpOn" : "c.counselledOn DESC") + ", c.id", Counselling.class)
                .setParameter("club", clubId);
        var count = em.createQuery("SELECT count(c) " + where, Long.class).setParameter("club", clubId);
        if (Boolean.TRUE.equals(due)) {
            query.setParameter("today", today());
            count.setParameter("today", today());
        }
        List<CounsellingView> items = query.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList()
                .stream().map(this::view).toList();
        audit.event("CLUB_COUNSELLING_LISTED", ClubService.CLUB, clubId).groups("IDENTITY").about(clubId)
                .details("{\"count\":" + items.size() + "}").write();
        return new CounsellingPage(items, pq.page(), pq.size(), count.getSingleResult());
    }

    @Transactional
    CounsellingView counsel(UUID clubId, CounsellingRequest r) {
        access.ownClub(clubId);
        ClubMember member = checked(clubId, r);
        OffsetDateTime now = now();
        Counselling c = new Counselling();
        c.id = UUID.randomUUID();
        c.clubId = clubId;
        c.memberId = member.id;
        write(c, r);
        c.createdAt = now;
        c.updatedAt = now;
        em.persist(c);
        audit.event("CLUB_COUNSELLING_RECORDED", COUNSELLING, c.id).about(clubId).details("{\"topic\":\"" + c.topic + "\"}").write();
        return view(c);
    }

    /** Replaces what was recorded of a counselling (If-Match); the member stays the one counselled. */
    @Transactional
    CounsellingView update(UUID clubId, UUID id, long version, CounsellingRequest r) {
        access.ownClub(clubId);
        Counselling c = find(clubId, id);
        if (c.version != version) {
            throw org.safereturn.common.web.Etags.stale();
        }
        if (!c.memberId.equals(r.memberId())) {
            throw ProblemException.invalid("memberId", "stays the member counselled; record a new counselling for another member");
        }
        checked(clubId, r);
        if (c.followedUpOn != null && c.followedUpOn.isBefore(r.counselledOn())) {
            throw ProblemException.invalid("counselledOn", "must not be after the follow-up (" + c.followedUpOn + ")");
        }
        write(c, r);
        c.updatedAt = now();
        org.safereturn.common.persistence.Flushes.orStale(em);
        audit.event("CLUB_COUNSELLING_CHANGED", COUNSELLING, c.id).about(clubId).write();
        return view(c);
    }

    /** The checks of a counselling as recorded or changed; answers the member. */
    private ClubMember checked(UUID clubId, CounsellingRequest r) {
        ClubMember member = members.findInClub(r.memberId(), clubId)
                .orElseThrow(() -> new ProblemException(422, "club.not-a-member", "Not a member", "Counselling is given to members of this club",
                        List.of(new Problem.FieldError("memberId", "is not a member of this club"))));
        if (!member.memberOn(r.counselledOn())) {
            throw new ProblemException(422, "club.not-a-member", "Not a member", "The person was not a member of the club on that day",
                    List.of(new Problem.FieldError("counselledOn", "the person was not a member of the club that day")));
        }
        if (r.counselledOn().isAfter(today())) {
            throw ProblemException.invalid("counselledOn", "must not be in the future");
        }
        if (r.followUpOn() != null && r.followUpOn().isBefore(r.counselledOn())) {
            throw ProblemException.invalid("followUpOn", "must not be before the counselling");
        }
        return member;
    }

    private void write(Counselling c, CounsellingRequest r) {
        c.counselledOn = r.counselledOn();
        c.topic = r.topic();
        c.noteEnc = cipher.encrypt(Text.blankToNull(r.note()), "club_counselling.note_enc", c.id);
        c.followUpOn = r.followUpOn();
    }

    /**
     * Refers the member counselled to a service (a vocational course, a loan), sharing their group,
     * sex, age band and initials; the name and phone only with their consent to share them.
     */
    @Transactional
    CounsellingView refer(UUID clubId, UUID id, OutreachDtos.ReferRequest r) {
        access.ownClub(clubId);
        Counselling c = find(clubId, id);
        if (c.referralId != null) {
            throw ProblemException.conflict("club.already-referred", "This counselling already led to referral " + c.referralId);
        }
        ClubMember m = members.findInClub(c.memberId, clubId).filter(x -> x.erasedAt == null)
                .orElseThrow(() -> ProblemException.conflict("club.member-erased", "The member's data was erased; nothing can be shared"));
        if (r.shareIdentity() && r.consentToShare() == null) {
            throw new ProblemException(422, "club.outreach-consent-required", "Consent required",
                    "A member's name and phone are shared only with their consent to share them with the receiver",
                    List.of(new Problem.FieldError("consentToShare", "is required to share the name and phone")));
        }
        String name = codec.fullName(m);
        String clubName = organizations.summary(clubId).map(o -> o.nameVi()).orElseThrow();
        var shared = new org.safereturn.referral.ClubPersonSubject("MEMBER", clubName, m.joinedOn, initials(name), m.sex.name(),
                AgeBand.of(m.birthYear == null ? null : m.birthYear.intValue(), today().getYear()).name(), null, m.targetGroup.name(), null,
                r.shareIdentity() ? name : null, r.shareIdentity() ? codec.phone(m) : null);
        c.referralId = referrals.send(clubId, new org.safereturn.referral.ClubReferrals.Subject(null, m.id, shared),
                r.receiverOrganizationId(), r.serviceType(), r.urgency(), r.reason());
        c.updatedAt = now();
        audit.event("CLUB_COUNSELLING_REFERRED", COUNSELLING, id).about(clubId).details("{\"referral\":\"" + c.referralId + "\"}").write();
        return view(c);
    }

    /** "Phạm Thị Hạnh" → "P.T.H.": enough for the receiver to tell people apart in a conversation, not to find them. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append('.');
            }
        }
        return b.toString();
    }

    private Counselling find(UUID clubId, UUID id) {
        return em.createQuery("FROM Counselling c WHERE c.id = ?1 AND c.clubId = ?2", Counselling.class)
                .setParameter(1, id).setParameter(2, clubId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Counselling", id));
    }

    @Transactional
    CounsellingView followedUp(UUID clubId, UUID id, LocalDate on) {
        access.ownClub(clubId);
        Counselling c = find(clubId, id);
        if (on.isAfter(today())) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        c.followedUp(on, now());
        audit.event("CLUB_COUNSELLING_FOLLOWED_UP", COUNSELLING, id).about(clubId).write();
        return view(c);
    }

    private CounsellingView view(Counselling c) {
        String memberName = members.findByIdOptional(c.memberId).filter(m -> m.erasedAt == null).map(codec::fullName).orElse(null);
        boolean due = c.followUpDue(today());
        List<CounsellingAction> actions = new java.util.ArrayList<>(List.of(CounsellingAction.EDIT));
        if (c.followUpOn != null && c.followedUpOn == null) {
            actions.add(CounsellingAction.RECORD_FOLLOW_UP);
        }
        if (c.referralId == null) {
            actions.add(CounsellingAction.REFER);
        }
        return new CounsellingView(c.id, c.clubId, c.memberId, memberName, c.counselledOn, c.topic,
                cipher.decrypt(c.noteEnc, "club_counselling.note_enc", c.id), c.followUpOn, c.followedUpOn, due, c.referralId, actions, c.version);
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
