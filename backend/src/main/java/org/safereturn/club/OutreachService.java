package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.club.OutreachDtos.ContactPage;
import org.safereturn.club.OutreachDtos.ContactRequest;
import org.safereturn.club.OutreachDtos.ContactView;
import org.safereturn.club.OutreachDtos.OutreachAction;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.common.web.PageQuery;
import org.safereturn.common.web.Text;
import org.safereturn.place.PlaceService;

/**
 * A club's outreach contacts: the club's own records (its coordinator reads and keeps them; every
 * read is audited), personal text encrypted bound to its row; from a contact, the invitation to
 * join and the referral to another organization.
 */
@ApplicationScoped
public class OutreachService {
    static final String CONTACT = "CLUB_OUTREACH_CONTACT";

    @Inject
    ClubAccess access;
    @Inject
    ClubMemberRepository members;
    @Inject
    BoardSeatRepository seats;
    @Inject
    MemberCodec codec;
    @Inject
    MeetingService meetings;
    @Inject
    PlaceService places;
    @Inject
    org.safereturn.directory.OrganizationService organizations;
    @Inject
    FieldCipher cipher;
    @Inject
    org.safereturn.referral.ClubReferrals referrals;
    @Inject
    CurrentUser user;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    ContactPage contacts(UUID clubId, Integer page, Integer size) {
        access.ownClub(clubId);
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), null);
        List<ContactView> items = em.createQuery("FROM OutreachContact c WHERE c.clubId = ?1 ORDER BY c.contactedOn DESC, c.id", OutreachContact.class)
                .setParameter(1, clubId).setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList()
                .stream().map(this::view).toList();
        long total = em.createQuery("SELECT count(c) FROM OutreachContact c WHERE c.clubId = ?1", Long.class).setParameter(1, clubId).getSingleResult();
        audit.event("CLUB_OUTREACH_LISTED", ClubService.CLUB, clubId).groups("IDENTITY,CONTACT").about(clubId)
                .details("{\"count\":" + items.size() + "}").write();
        return new ContactPage(items, pq.page(), pq.size(), total);
    }

    @Transactional
    ContactView recordContact(UUID clubId, ContactRequest r) {
        access.ownClub(clubId);
        List<String> topics = checked(clubId, r);
        OffsetDateTime now = now();
        OutreachContact c = new OutreachContact();
        c.id = UUID.randomUUID();
        c.clubId = clubId;
        c.recordedByName = user.displayName();
        write(c, r, topics);
        c.createdAt = now;
        c.updatedAt = now;
        em.persist(c);
        audit.event("CLUB_OUTREACH_RECORDED", CONTACT, c.id).about(clubId).details("{\"targetGroup\":\"" + c.targetGroup + "\"}").write();
        return view(c);
    }

    /**
     * Replaces what was recorded of a contact (If-Match). Sent without a consent, a contact kept
     * with one loses the name and phone at once: that is how a withdrawal is recorded. A contact
     * already invited keeps its day on or before the invitation.
     */
    @Transactional
    ContactView updateContact(UUID clubId, UUID id, long version, ContactRequest r) {
        access.ownClub(clubId);
        OutreachContact c = contact(clubId, id);
        if (c.version != version) {
            throw org.safereturn.common.web.Etags.stale();
        }
        List<String> topics = checked(clubId, r);
        if (c.invitedOn != null && r.contactedOn().isAfter(c.invitedOn)) {
            throw ProblemException.invalid("contactedOn", "must not be after the invitation (" + c.invitedOn + ")");
        }
        boolean withdrawn = c.consented() && r.consent() == null;
        write(c, r, topics);
        c.updatedAt = now();
        org.safereturn.common.persistence.Flushes.orStale(em);
        audit.event(withdrawn ? "CLUB_OUTREACH_CONSENT_WITHDRAWN" : "CLUB_OUTREACH_CHANGED", CONTACT, c.id).about(clubId).write();
        return view(c);
    }

    /** The checks of a contact as recorded or changed; answers its topics from the list. */
    private List<String> checked(UUID clubId, ContactRequest r) {
        LocalDate today = today();
        if (r.contactedOn().isAfter(today)) {
            throw ProblemException.invalid("contactedOn", "must not be in the future");
        }
        boolean more = Text.blankToNull(r.fullName()) != null || Text.blankToNull(r.phone()) != null;
        if (more && r.consent() == null) {
            throw new ProblemException(422, "club.outreach-consent-required", "Consent required",
                    "A name or phone is kept only with the person's consent: record the consent first, or keep to the alias",
                    List.of(new Problem.FieldError("consent", "is required for a name or phone")));
        }
        if (r.consent() != null && r.consent().givenOn().isAfter(today)) {
            throw ProblemException.invalid("consent.givenOn", "must not be in the future");
        }
        if (r.placeCode() != null && !r.placeCode().isBlank() && !places.exists(r.placeCode().trim())) {
            throw ProblemException.invalid("placeCode", "is not a known administrative unit");
        }
        if (r.workerSeatId() != null) {
            BoardSeat seat = seats.findInClub(r.workerSeatId(), clubId)
                    .orElseThrow(() -> ProblemException.invalid("workerSeatId", "is not a seat of this club's board"));
            if (seat.role != BoardRole.OUTREACH_WORKER || !seat.heldOn(r.contactedOn())) {
                throw ProblemException.invalid("workerSeatId", "is not an outreach worker's seat held on the day of the contact");
            }
        }
        return meetings.checkedTopics(r.topics());
    }

    /** Writes the request into the contact, personal text encrypted bound to its row; no consent, no name or phone. */
    private void write(OutreachContact c, ContactRequest r, List<String> topics) {
        c.contactedOn = r.contactedOn();
        c.workerSeatId = r.workerSeatId();
        c.aliasEnc = cipher.encrypt(r.alias().trim(), "club_outreach_contact.alias_enc", c.id);
        c.sex = r.sex();
        c.ageBand = r.ageBand();
        c.placeCode = Text.blankToNull(r.placeCode());
        c.targetGroup = r.targetGroup();
        c.topics = new ArrayList<>(topics);
        c.saidEnc = cipher.encrypt(Text.blankToNull(r.said()), "club_outreach_contact.said_enc", c.id);
        c.leaflets = r.leaflets() == null ? 0 : r.leaflets();
        c.consentGivenOn = r.consent() == null ? null : r.consent().givenOn();
        c.consentGivenBy = r.consent() == null ? null : r.consent().givenBy();
        c.fullNameEnc = r.consent() == null ? null : cipher.encrypt(Text.blankToNull(r.fullName()), "club_outreach_contact.full_name_enc", c.id);
        c.phoneEnc = r.consent() == null ? null : cipher.encrypt(Text.blankToNull(r.phone()), "club_outreach_contact.phone_enc", c.id);
    }

    @Transactional
    ContactView invite(UUID clubId, UUID id, LocalDate on) {
        access.ownClub(clubId);
        OutreachContact c = contact(clubId, id);
        if (on.isAfter(today())) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        c.invite(on, now());
        audit.event("CLUB_OUTREACH_INVITED", CONTACT, id).about(clubId).write();
        return view(c);
    }

    /**
     * Refers the person reached to another organization, sharing the outreach data; the name and
     * phone only when kept with consent and the person consented to share them with the receiver.
     */
    @Transactional
    ContactView refer(UUID clubId, UUID id, OutreachDtos.ReferRequest r) {
        access.ownClub(clubId);
        OutreachContact c = contact(clubId, id);
        if (c.referralId != null) {
            throw ProblemException.conflict("club.already-referred", "This contact was already referred (referral " + c.referralId + ")");
        }
        if (r.shareIdentity() && (!c.consented() || r.consentToShare() == null)) {
            throw new ProblemException(422, "club.outreach-consent-required", "Consent required",
                    "A name and phone are shared only when the person consented to keep them and to share them with the receiver",
                    List.of(new Problem.FieldError("consentToShare", "is required to share the name and phone")));
        }
        String clubName = organizations.summary(clubId).map(o -> o.nameVi()).orElseThrow();
        var subject = new org.safereturn.referral.ClubPersonSubject("OUTREACH_CONTACT", clubName, c.contactedOn,
                cipher.decrypt(c.aliasEnc, "club_outreach_contact.alias_enc", c.id), c.sex.name(), c.ageBand.name(), c.placeCode,
                c.targetGroup.name(), cipher.decrypt(c.saidEnc, "club_outreach_contact.said_enc", c.id),
                r.shareIdentity() ? cipher.decrypt(c.fullNameEnc, "club_outreach_contact.full_name_enc", c.id) : null,
                r.shareIdentity() ? cipher.decrypt(c.phoneEnc, "club_outreach_contact.phone_enc", c.id) : null);
        c.referralId = referrals.send(clubId, new org.safereturn.referral.ClubReferrals.Subject(c.id, null, subject),
                r.receiverOrganizationId(), r.serviceType(), r.urgency(), r.reason());
        c.updatedAt = now();
        audit.event("CLUB_OUTREACH_REFERRED", CONTACT, id).about(clubId).details("{\"referral\":\"" + c.referralId + "\"}").write();
        return view(c);
    }

    private OutreachContact contact(UUID clubId, UUID id) {
        return em.createQuery("FROM OutreachContact c WHERE c.id = ?1 AND c.clubId = ?2", OutreachContact.class)
                .setParameter(1, id).setParameter(2, clubId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Outreach contact", id));
    }

    private ContactView view(OutreachContact c) {
        return new ContactView(c.id, c.clubId, c.contactedOn, c.workerSeatId, c.recordedByName,
                cipher.decrypt(c.aliasEnc, "club_outreach_contact.alias_enc", c.id), c.sex, c.ageBand, c.placeCode, c.targetGroup,
                List.copyOf(c.topics), cipher.decrypt(c.saidEnc, "club_outreach_contact.said_enc", c.id), c.leaflets, c.consentGivenOn,
                c.consentGivenBy, cipher.decrypt(c.fullNameEnc, "club_outreach_contact.full_name_enc", c.id),
                cipher.decrypt(c.phoneEnc, "club_outreach_contact.phone_enc", c.id), c.invitedOn, c.referralId, actions(c), c.version);
    }

    private static List<OutreachAction> actions(OutreachContact c) {
        List<OutreachAction> actions = new ArrayList<>(List.of(OutreachAction.EDIT));
        if (c.invitedOn == null) {
            actions.add(OutreachAction.INVITE);
        }
        if (c.referralId == null) {
            actions.add(OutreachAction.REFER);
        }
        return actions;
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
