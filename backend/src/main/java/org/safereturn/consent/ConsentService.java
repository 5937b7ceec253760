package org.safereturn.consent;

import org.safereturn.common.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CaseService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.consent.ConsentDtos.ConsentRequest;
import org.safereturn.consent.ConsentDtos.ConsentView;
import org.safereturn.directory.OrganizationService;

/**
 * The consent ledger of a case, and the one decision every sharing rests on: which field groups
 * of a case an organization may see now. A withdrawal takes effect at once.
 */
@ApplicationScoped
public class ConsentService {
    static final String RECORD = "CONSENT";

    @Inject
    CaseService cases;
    @Inject
    OrganizationService organizations;
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
    ConsentView record(UUID caseId, ConsentRequest r) {
        CaseService.CaseRef ref = cases.requireInScope(caseId);
        validate(ref, r);
        OffsetDateTime now = now();
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.caseId = ref.id();
        c.personId = r.personId();
        c.givenBy = r.givenBy();
        c.guardianNameEnc = cipher.encrypt(Text.blankToNull(r.guardianName()), "consent.guardian_name_enc", c.id);
        c.guardianRelation = Text.blankToNull(r.guardianRelation());
        c.purpose = r.purpose();
        c.organizationId = r.organizationId();
        c.fieldGroups = r.fieldGroups().stream().distinct().map(Enum::name).toList();
        c.givenAt = r.givenAt();
        c.method = r.method();
        c.witnessNameEnc = cipher.encrypt(Text.blankToNull(r.witnessName()), "consent.witness_name_enc", c.id);
        c.validUntil = r.validUntil();
        c.recordedBySubject = user.subject();
        c.recordedByName = user.displayName();
        c.createdAt = now;
        em.persist(c);
        cases.recordEvent(ref.id(), "CONSENT_RECORDED",
                CaseService.eventParams("purpose", r.purpose(), "fieldGroups", String.join(",", c.fieldGroups)), "Consent recorded: " + r.purpose() + " " + c.fieldGroups);
        audit.record("CONSENT_RECORDED", RECORD, c.id, String.join(",", c.fieldGroups), null, "{\"case\":\"" + ref.id() + "\"}");
        return view(c, now);
    }

    @Transactional
    ConsentDtos.ConsentList list(UUID caseId) {
        CaseService.CaseRef ref = cases.requireInScope(caseId);
        OffsetDateTime now = now();
        List<ConsentView> items = em.createQuery("FROM Consent c WHERE c.caseId = ?1 ORDER BY c.givenAt DESC, c.id", Consent.class)
                .setParameter(1, ref.id()).getResultList().stream().map(c -> view(c, now)).toList();
        audit.record("CONSENTS_READ", RECORD, ref.id(), "IDENTITY", null, null);
        return new ConsentDtos.ConsentList(items);
    }

    @Transactional
    ConsentView withdraw(UUID caseId, UUID consentId, String reason) {
        CaseService.CaseRef ref = cases.requireInScope(caseId);
        Consent c = em.find(Consent.class, consentId);
        if (c == null || !c.caseId.equals(ref.id())) {
            throw ProblemException.notFound("Consent", consentId);
        }
        if (c.withdrawnAt != null) {
            throw ProblemException.conflict("consent.already-withdrawn", "This consent was withdrawn on " + c.withdrawnAt);
        }
        OffsetDateTime now = now();
        c.withdrawnAt = now;
        c.withdrawalReasonEnc = cipher.encrypt(reason.trim(), "consent.withdrawal_reason_enc", c.id);
        c.withdrawnByName = user.displayName();
        cases.recordEvent(ref.id(), "CONSENT_WITHDRAWN",
                CaseService.eventParams("purpose", c.purpose, "fieldGroups", String.join(",", c.fieldGroups)), "Consent withdrawn: " + c.purpose + " " + c.fieldGroups);
        audit.record("CONSENT_WITHDRAWN", RECORD, c.id, String.join(",", c.fieldGroups), null, null);
        return view(c, now);
    }

    /**
     * The field groups of a case that some person's active SHARE_WITH_ORGANIZATION consent shares
     * with {@code organizationId} now (the union over persons). Whether a sharing may be asked for
     * at all rests on it; what is shown of each person rests on {@link #disclosure}.
     */
    @Transactional
    public Set<FieldGroup> sharedFieldGroups(UUID caseId, UUID organizationId) {
        Set<FieldGroup> shared = EnumSet.noneOf(FieldGroup.class);
        sharedFieldGroupsByPerson(caseId, organizationId).values().forEach(shared::addAll);
        return shared;
    }

    /** Per person of the case: the groups that person's own active consents share with {@code organizationId} now. */
    @Transactional
    public Map<UUID, Set<FieldGroup>> sharedFieldGroupsByPerson(UUID caseId, UUID organizationId) {
        OffsetDateTime now = now();
        Map<UUID, Set<FieldGroup>> byPerson = new HashMap<>();
        em.createQuery("FROM Consent c WHERE c.caseId = ?1 AND c.organizationId = ?2 AND c.purpose = ?3 AND c.withdrawnAt IS NULL",
                        Consent.class)
                .setParameter(1, caseId).setParameter(2, organizationId).setParameter(3, Consent.Purpose.SHARE_WITH_ORGANIZATION)
                .getResultList().stream().filter(c -> c.activeAt(now))
                .forEach(c -> c.fieldGroups.forEach(g -> byPerson.computeIfAbsent(c.personId, k -> EnumSet.noneOf(FieldGroup.class))
                        .add(FieldGroup.valueOf(g))));
        return byPerson;
    }

    /**
     * What {@code organizationId} may be shown of each person of the case now, for a sharing that
     * asks for {@code requested}; with the emergency override given at {@code overrideAt} (null
     * when none), which ends at {@code overrideEndsAt} or at the first withdrawal after it of a
     * consent of the case that names the organization or no organization.
     */
    @Transactional
    public Disclosure disclosure(UUID caseId, UUID organizationId, Set<FieldGroup> requested,
                                 String overrideReason, String overrideByName, OffsetDateTime overrideAt, OffsetDateTime overrideEndsAt) {
        Disclosure.Override override = null;
        if (overrideAt != null) {
            OffsetDateTime withdrawn = em.createQuery("""
                            SELECT min(c.withdrawnAt) FROM Consent c WHERE c.caseId = ?1 AND c.withdrawnAt >= ?2
                              AND (c.organizationId = ?3 OR c.organizationId IS NULL)""", OffsetDateTime.class)
                    .setParameter(1, caseId).setParameter(2, overrideAt).setParameter(3, organizationId).getSingleResult();
            override = new Disclosure.Override(overrideReason, overrideByName, overrideAt, overrideEndsAt, withdrawn, now());
        }
        return new Disclosure(requested, sharedFieldGroupsByPerson(caseId, organizationId), override);
    }

    private void validate(CaseService.CaseRef ref, ConsentRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!ref.personIds().contains(r.personId())) {
            errors.add(new Problem.FieldError("personId", "is not the person of this case or an accompanying child"));
        }
        if (r.givenBy() == Consent.Giver.GUARDIAN && (Text.blankToNull(r.guardianName()) == null || Text.blankToNull(r.guardianRelation()) == null)) {
            errors.add(new Problem.FieldError("guardianName", "a guardian's name and relation are required"));
        }
        if (r.purpose() == Consent.Purpose.SHARE_WITH_ORGANIZATION && r.organizationId() == null) {
            errors.add(new Problem.FieldError("organizationId", "is required to share with an organization"));
        } else if (r.organizationId() != null && !organizations.exists(r.organizationId())) {
            errors.add(new Problem.FieldError("organizationId", "is not an organization of the directory"));
        }
        if (r.method() == Consent.Method.VERBAL_WITH_WITNESS && Text.blankToNull(r.witnessName()) == null) {
            errors.add(new Problem.FieldError("witnessName", "a verbal consent needs its witness"));
        }
        if (r.validUntil() != null && !r.validUntil().isAfter(r.givenAt())) {
            errors.add(new Problem.FieldError("validUntil", "must be after givenAt"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation.failed", "The request is not valid", errors.size() + " field(s) are not valid", errors);
        }
    }

    private ConsentView view(Consent c, OffsetDateTime now) {
        return new ConsentView(c.id, c.caseId, c.personId, c.givenBy, cipher.decrypt(c.guardianNameEnc, "consent.guardian_name_enc", c.id), c.guardianRelation,
                c.purpose, c.organizationId, c.fieldGroups.stream().map(FieldGroup::valueOf).toList(), c.givenAt, c.method,
                cipher.decrypt(c.witnessNameEnc, "consent.witness_name_enc", c.id), c.validUntil, c.activeAt(now), c.recordedByName, c.withdrawnAt,
                cipher.decryptOrLegacyPlain(c.withdrawalReasonEnc, "consent.withdrawal_reason_enc", c.id), c.withdrawnByName);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
