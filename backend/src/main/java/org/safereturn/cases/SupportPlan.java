package org.safereturn.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.Entitlements.Citizenship;
import org.safereturn.cases.Entitlements.Entitlement;
import org.safereturn.cases.Entitlements.Subject;
import org.safereturn.cases.SupportDtos.DeliveryRequest;
import org.safereturn.cases.SupportDtos.DeliveryView;
import org.safereturn.cases.SupportDtos.EntitlementLine;
import org.safereturn.cases.SupportDtos.PersonEntitlement;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;

/**
 * The support plan of a case: what each person may get under Art. 37 (the entitlement engine
 * applied to the case's facts) and the supports delivered. A delivery beyond the entitlement
 * needs a supervisor's override with a reason; cash amounts come from the province's rates.
 */
@ApplicationScoped
class SupportPlan {
    @Inject
    CaseService cases;
    @Inject
    PersonCodec codec;
    @Inject
    CashRates rates;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
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
    SupportDtos.CaseEntitlements entitlements(UUID caseId) {
        CaseFile c = cases.inScope(caseId);
        List<SupportDelivery> delivered = deliveriesOf(c.id);
        List<PersonEntitlement> persons = new ArrayList<>();
        persons.add(personEntitlement(c, c.person, false, delivered));
        c.children.forEach(child -> persons.add(personEntitlement(c, child, true, delivered)));
        audit.record("CASE_ENTITLEMENTS_READ", CaseService.RECORD, c.id, "IDENTITY", null, null);
        return new SupportDtos.CaseEntitlements(c.id, persons);
    }

    @Transactional
    DeliveryView deliver(UUID caseId, DeliveryRequest r, String idempotencyKey) {
        String id = idempotency.once(idempotencyKey, "deliverCaseSupport:" + caseId, r, () -> record(caseId, r).id.toString());
        return view(em.find(SupportDelivery.class, UUID.fromString(id)));
    }

    private SupportDelivery record(UUID caseId, DeliveryRequest r) {
        CaseFile c = cases.inScope(caseId);
        if (c.status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("case.closed", "Reopen the case before recording a support");
        }
        Person person = personOf(c, r.personId());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (person == null) {
            errors.add(new Problem.FieldError("personId", "is not the person of this case or an accompanying child"));
        }
        if (!organizations.exists(r.providerOrganizationId())) {
            errors.add(new Problem.FieldError("providerOrganizationId", "is not an organization of the directory"));
        }
        if (r.deliveredTo() != null && r.deliveredTo().isBefore(r.deliveredFrom())) {
            errors.add(new Problem.FieldError("deliveredTo", "must not be before deliveredFrom"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation.failed", "The request is not valid", errors.size() + " field(s) are not valid", errors);
        }
        Entitlement entitlement = Entitlements.of(subjectOf(c, person, person != c.person));
        boolean overridden = false;
        if (!entitlement.allows(r.type())) {
            String reason = entitlement.reasonDenied(r.type()).orElse("entitlement.not-allowed");
            if (r.override() == null) {
                throw ProblemException.conflict("support.not-entitled", "The person is not entitled to " + r.type()
                        + " (" + reason + "); a supervisor may override with a reason");
            }
            if (!user.hasRole(Roles.SUPERVISOR)) {
                throw new ProblemException(403, "support.override-needs-supervisor", "Forbidden",
                        "Only a supervisor may deliver a support beyond the entitlement");
            }
            overridden = true;
        }
        SupportDelivery d = new SupportDelivery();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.personId = person.id;
        d.supportType = r.type();
        d.providerOrganizationId = r.providerOrganizationId();
        d.deliveredFrom = r.deliveredFrom();
        d.deliveredTo = r.deliveredTo();
        d.quantity = r.quantity();
        d.amountVnd = r.amountVnd();
        Optional<CashRate> rate = provinceOf(c).flatMap(province -> rates.applicable(province, r.type(), r.deliveredFrom()));
        if (rate.isPresent()) {
            d.cashRateId = rate.get().id;
            if (d.amountVnd == null) {
                if (rate.get().unit != CashRate.Unit.ONE_OFF && r.quantity() == null) {
                    throw ProblemException.invalid("quantity", "is needed to compute the amount from the rate per "
                            + rate.get().unit.name().toLowerCase().replace("per_", ""));
                }
                d.amountVnd = rate.get().amountVnd * (rate.get().unit == CashRate.Unit.ONE_OFF ? 1 : r.quantity());
            }
        }
        d.noteEnc = codec.encrypt(r.note(), "support_delivery.note_enc", d.id);
        if (overridden) {
            d.overrideReasonEnc = codec.encrypt(r.override().reason().trim(), "support_delivery.override_reason_enc", d.id);
            d.overrideByName = user.displayName();
        }
        d.recordedBySubject = user.subject();
        d.recordedByName = user.displayName();
        d.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.persist(d);
        cases.recordEvent(c.id, "SUPPORT_DELIVERED",
                CaseService.eventParams("support", r.type(), "amountVnd", d.amountVnd, "override", overridden ? "true" : null),
                r.type() + (d.amountVnd != null ? ", " + d.amountVnd + " VND" : "")
                + (overridden ? " (supervisor override)" : ""));
        audit.record(overridden ? "SUPPORT_DELIVERED_OVERRIDE" : "SUPPORT_DELIVERED", CaseService.RECORD, c.id, null,
                null, "{\"support\":\"" + r.type() + "\"}");
        return d;
    }

    @Transactional
    SupportDtos.DeliveryList deliveries(UUID caseId) {
        CaseFile c = cases.inScope(caseId);
        audit.event("SUPPORT_DELIVERIES_READ", CaseService.RECORD, c.id).groups("HEALTH").write();
        return new SupportDtos.DeliveryList(deliveriesOf(c.id).stream().map(this::view).toList());
    }

    private PersonEntitlement personEntitlement(CaseFile c, Person p, boolean child, List<SupportDelivery> delivered) {
        Subject subject = subjectOf(c, p, child);
        Entitlement e = Entitlements.of(subject);
        List<EntitlementLine> lines = new ArrayList<>();
        for (SupportType type : SupportType.values()) {
            List<SupportDelivery> mine = delivered.stream().filter(d -> d.personId.equals(p.id) && d.supportType == type).toList();
            lines.add(new EntitlementLine(type, type.letter(), e.allows(type), e.reasonDenied(type).orElse(null), mine.size(),
                    mine.stream().mapToLong(d -> d.amountVnd == null ? 0 : d.amountVnd).sum()));
        }
        String basis = subject.status() + ", " + subject.citizenship() + ", age " + subject.ageYears()
                + (child ? ", accompanying child" : "") + (p.nationality == null && !p.stateless ? " (nationality not recorded: treated as Vietnamese)" : "");
        return new PersonEntitlement(p.id, child, basis, lines);
    }

    /**
     * The case's facts as the engine reads them: the identification decision gives the status
     * (none yet: being identified), the recorded nationality the citizenship, and the person is in
     * Vietnam, where the receiving organization works. A child is evaluated with the status and
     * citizenship of the person it accompanies, as Art. 37(2)–(3) ties it to them.
     */
    private Subject subjectOf(CaseFile c, Person p, boolean child) {
        Entitlements.Status status = c.identResult == null ? Entitlements.Status.BEING_IDENTIFIED
                : "VICTIM".equals(c.identResult) ? Entitlements.Status.VICTIM : Entitlements.Status.NOT_VICTIM;
        Person basis = child ? c.person : p;
        Citizenship citizenship = basis.stateless ? Citizenship.STATELESS_RESIDENT
                : basis.nationality == null || "VN".equals(basis.nationality) ? Citizenship.VIETNAMESE : Citizenship.FOREIGN;
        int age = ageOf(p);
        return child ? Subject.accompanyingChild(status, citizenship, age, true) : Subject.person(status, citizenship, age, true);
    }

    private int ageOf(Person p) {
        String birthDate = codec.decrypt(p.birthDateEnc, "person.birth_date_enc", p.id);
        if (birthDate != null) {
            return Math.max(0, Period.between(LocalDate.parse(birthDate), LocalDate.now(clock.withZone(CaseService.VIETNAM))).getYears());
        }
        return p.estimatedAge == null ? 18 : p.estimatedAge;
    }

    private Optional<String> provinceOf(CaseFile c) {
        return organizations.placeCode(c.organizationId).flatMap(places::provinceOf);
    }

    private static Person personOf(CaseFile c, UUID personId) {
        if (c.person.id.equals(personId)) {
            return c.person;
        }
        return c.children.stream().filter(p -> p.id.equals(personId)).findFirst().orElse(null);
    }

    private List<SupportDelivery> deliveriesOf(UUID caseId) {
        return em.createQuery("FROM SupportDelivery d WHERE d.caseId = ?1 ORDER BY d.deliveredFrom DESC, d.createdAt DESC", SupportDelivery.class)
                .setParameter(1, caseId).getResultList();
    }

    private DeliveryView view(SupportDelivery d) {
        return new DeliveryView(d.id, d.caseId, d.personId, d.supportType, d.providerOrganizationId, d.deliveredFrom,
                d.deliveredTo, d.quantity, d.amountVnd, d.cashRateId, codec.decrypt(d.noteEnc, "support_delivery.note_enc", d.id),
                codec.decryptOrLegacyPlain(d.overrideReasonEnc, "support_delivery.override_reason_enc", d.id),
                d.overrideByName, d.recordedByName, d.createdAt);
    }
}
