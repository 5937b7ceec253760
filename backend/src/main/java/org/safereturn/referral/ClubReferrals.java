package org.safereturn.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.consent.FieldGroup;
import org.safereturn.directory.OrganizationService;
import org.safereturn.directory.ServiceType;

/**
 * Referrals a club sends about a person without a case: someone its outreach reached (usually to
 * the Social Work Centre) or a member (from livelihood counselling, to a vocational or loan
 * service). Sent at once (a club has no drafts), with the snapshot of what the club shares kept
 * encrypted in the referral; the receiver answers it like any referral.
 */
@ApplicationScoped
public class ClubReferrals {
    static final String SUBJECT = "referral.subject_enc";

    @Inject
    ReferralService referrals;
    @Inject
    ReferralDeadlines deadlines;
    @Inject
    OrganizationService organizations;
    @Inject
    FieldCipher cipher;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentUser user;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Who is referred: an outreach contact or a member of the club (exactly one). */
    public record Subject(UUID outreachContactId, UUID clubMemberId, ClubPersonSubject shared) {}

    /** Sends the referral from the club to the receiver; answers its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID send(UUID clubId, Subject who, UUID receiverId, ServiceType serviceType, Urgency urgency, String reason) {
        ClubPersonSubject subject = who.shared();
        if (receiverId.equals(clubId) || !organizations.active(receiverId)) {
            throw ProblemException.invalid("receiverOrganizationId", "is not another active organization of the directory");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Referral x = new Referral();
        x.id = UUID.randomUUID();
        x.outreachContactId = who.outreachContactId();
        x.clubMemberId = who.clubMemberId();
        x.senderOrganizationId = clubId;
        x.receiverOrganizationId = receiverId;
        x.serviceType = serviceType;
        x.urgency = urgency;
        x.reasonEnc = cipher.encrypt(reason.trim(), "referral.reason_enc", x.id);
        x.subjectEnc = cipher.encrypt(write(subject), SUBJECT, x.id);
        List<String> groups = new ArrayList<>();
        if (subject.fullName() != null) {
            groups.add(FieldGroup.IDENTITY.name());
        }
        if (subject.phone() != null) {
            groups.add(FieldGroup.CONTACT.name());
        }
        x.sharedFieldGroups = List.copyOf(groups);
        x.status = ReferralStatus.SENT;
        x.sentAt = now;
        x.answerDueAt = ReferralLifecycle.answerDue(urgency, now, deadlines.byUrgency());
        x.createdBySubject = user.subject();
        x.createdByName = user.displayName();
        x.createdAt = now;
        x.updatedAt = now;
        em.persist(x);
        referrals.step(x, ReferralEvent.Type.SENT, null);
        audit.event("REFERRAL_CREATED", ReferralService.RECORD, x.id).groups(String.join(",", groups))
                .details(who.outreachContactId() != null ? "{\"outreachContact\":\"" + who.outreachContactId() + "\"}"
                        : "{\"clubMember\":\"" + who.clubMemberId() + "\"}").write();
        return x.id;
    }

    /** The shared snapshot of a referral from a club; null for a referral of a case. */
    ClubPersonSubject open(Referral x) {
        if (x.subjectEnc == null) {
            return null;
        }
        try {
            return json.readValue(cipher.decrypt(x.subjectEnc, SUBJECT, x.id), ClubPersonSubject.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the shared outreach contact of referral " + x.id + " is not readable", e);
        }
    }

    private String write(ClubPersonSubject subject) {
        try {
            return json.writeValueAsString(subject);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the shared outreach contact", e);
        }
    }
}
