package org.safereturn.cases;

import org.safereturn.common.web.Text;
import org.safereturn.common.persistence.Flushes;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.safereturn.account.StaffDirectory;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CaseDtos.CasePage;
import org.safereturn.cases.CaseDtos.CaseSummary;
import org.safereturn.cases.CaseDtos.CaseView;
import org.safereturn.cases.CaseDtos.IntakeRequest;
import org.safereturn.cases.CaseDtos.PossibleDuplicate;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Counts;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;

/**
 * Receives people and moves their cases along the legal path. Every case belongs to the
 * organization that received it and is visible only to its staff (404 for anyone else); every
 * read of a person's data and every change writes an audit event.
 */
@ApplicationScoped
public class CaseService {
    static final String RECORD = "CASE";
    static final ZoneId VIETNAM = org.safereturn.common.time.VietnamTime.ZONE;
    private static final Map<String, String> SORTABLE = Map.of(
            "receivedAt", "c.receivedAt", "caseNumber", "c.caseNumber", "status", "c.status",
            "verificationDueAt", "c.verificationDueAt", "updatedAt", "c.updatedAt", "nextVisitDue", "c.nextVisitDue");

    @Inject
    CaseRepository cases;
    @Inject
    PersonCodec codec;
    @Inject
    CaseViews views;
    @Inject
    IntakeDrafts drafts;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    StaffDirectory staff;
    @Inject
    Event<IntakeOpened> intakeOpened;
    @Inject
    Event<IntakeFromReferral> intakeFromReferral;

    /** The facts other features need about a case in the caller's scope. */
    public record CaseRef(UUID id, UUID organizationId, String caseNumber, CaseStatus status, List<UUID> personIds) {
        public boolean closed() {
            return status == CaseStatus.CLOSED;
        }
    }

    /** A person of a case as lists of other features name them: case number and full name. */
    public record PersonLabel(UUID caseId, String caseNumber, UUID personId, String fullName) {}

    @Transactional
    CaseView receive(IntakeRequest r, String idempotencyKey) {
        UUID organizationId = organizations.callerOrganization();
        String id = idempotency.once(idempotencyKey, "createIntake", r, () -> open(r, organizationId).toString());
        if (r.hotlineTicketId() == null) {
            drafts.discard(); // sent: the author's half-done form is no longer needed
        }
        CaseFile c = find(UUID.fromString(id));
        // An operator opening an intake from a call gets back what they typed, not the possible
        // duplicates among the organization's cases, which only those who work cases may see.
        return views.full(c, worksCases() ? duplicatesOf(c) : List.of());
    }

    private UUID open(IntakeRequest r, UUID organizationId) {
        validate(r);
        OffsetDateTime now = now();
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.organizationId = organizationId;
        c.status = CaseStatus.OPEN;
        c.category = r.category();
        c.channel = r.channel();
        c.handingOverOrganizationId = r.handingOverOrganizationId();
        c.handoverDocumentNumber = Text.blankToNull(r.handoverDocumentNumber());
        c.receivedAt = r.receivedAt();
        c.placeFoundCode = Text.blankToNull(r.placeFoundCode());
        c.placeFoundDescriptionEnc = codec.encrypt(r.placeFoundDescription(), "case_file.place_found_description_enc", c.id);
        c.narrativeEnc = codec.encrypt(r.narrative(), "case_file.narrative_enc", c.id);
        c.verificationDueAt = r.receivedAt().plus(CaseFile.VERIFICATION_DEADLINE);
        c.createdBySubject = user.subject();
        c.assignedSubject = user.hasRole(Roles.SOCIAL_WORKER) ? user.subject() : null;
        c.assignedName = c.assignedSubject == null ? null : user.displayName();
        c.createdAt = now;
        c.updatedAt = now;
        c.person = codec.newPerson(r.person(), now);
        em.persist(c.person);
        if (r.accompanyingChildren() != null) {
            for (CaseDtos.PersonRequest child : r.accompanyingChildren()) {
                Person p = codec.newPerson(child, now);
                em.persist(p);
                c.children.add(p);
            }
        }
        // The case number's counter row stays locked until commit and serialises the organization's
        // intakes: take it only once everything else is written.
        em.flush();
        c.caseNumber = nextCaseNumber(organizationId, r.receivedAt());
        cases.persist(c);
        event(c.id, "INTAKE_RECEIVED", "Received by " + r.channel() + ", category " + r.category(),
                CaseEvent.params("channel", r.channel(), "category", r.category()));
        audit.record("CASE_CREATED", RECORD, c.id, "IDENTITY,CONTACT,NARRATIVE", null, null);
        if (r.hotlineTicketId() != null) {
            intakeOpened.fire(new IntakeOpened(c.id, c.caseNumber, organizationId, r.hotlineTicketId()));
        }
        if (r.fromReferralId() != null) {
            intakeFromReferral.fire(new IntakeFromReferral(c.id, organizationId, r.fromReferralId()));
        }
        return c.id;
    }

    @Transactional
    CasePage list(String view, CaseStatus status, CaseCategory category, Boolean overdue, Boolean visitDue, Boolean awaitingVerification,
                  String q, Integer page, Integer size, String sort) {
        UUID organizationId = organizations.callerOrganization();
        PageQuery pq = PageQuery.of(page, size, sort, SORTABLE, Sort.by("c.receivedAt", Sort.Direction.Descending).and("c.id"));
        List<String> where = new ArrayList<>(List.of("c.organizationId = :org"));
        Parameters params = Parameters.with("org", organizationId);
        if ("mine".equals(view)) {
            where.add("(c.assignedSubject = :me or (c.assignedSubject is null and c.createdBySubject = :me))");
            params.and("me", user.subject());
        } else if (view != null && !view.equals("organization")) {
            throw ProblemException.invalid("view", "must be mine or organization");
        }
        if (status != null) {
            where.add("c.status = :status");
            params.and("status", status);
        }
        if (category != null) {
            where.add("c.category = :category");
            params.and("category", category);
        }
        if (Boolean.TRUE.equals(overdue)) {
            // Literals, so that the partial index on cases awaiting verification serves generic plans too.
            where.add("c.status in (org.safereturn.cases.CaseStatus.OPEN, org.safereturn.cases.CaseStatus.UNDER_VERIFICATION)"
                    + " and c.verificationDueAt < :now");
            params.and("now", now());
        }
        if (Boolean.TRUE.equals(awaitingVerification)) {
            where.add("c.status in (org.safereturn.cases.CaseStatus.OPEN, org.safereturn.cases.CaseStatus.UNDER_VERIFICATION)");
        }
        if (Boolean.TRUE.equals(visitDue)) {
            where.add("c.status in (:followed) and c.nextVisitDue <= :today");
            params.and("followed", List.of(CaseStatus.HANDED_OVER, CaseStatus.FOLLOW_UP)).and("today", now().atZoneSameInstant(VIETNAM).toLocalDate());
        }
        if (q != null && !q.isBlank()) {
            // The people first (two blind-index lookups), so that the case lookup is an index
            // search on number or person rather than a scan joining every person of the organization.
            List<UUID> people = em.createQuery("SELECT p.id FROM Person p WHERE p.fullNameIndex = :name OR p.idNumberIndex = :idNumber", UUID.class)
                    .setParameter("name", codec.nameIndex(q)).setParameter("idNumber", codec.idNumberIndex(q)).getResultList();
            where.add(people.isEmpty() ? "c.caseNumber = :number" : "(c.caseNumber = :number or c.person.id in (:people))");
            params.and("number", q.trim().toUpperCase());
            if (!people.isEmpty()) {
                params.and("people", people);
            }
        }
        String condition = String.join(" and ", where);
        // The person is fetched with its case: the list shows every name, and one query beats twenty.
        var query = cases.find("FROM CaseFile c JOIN FETCH c.person WHERE " + condition, pq.sort(), params).page(pq.panachePage());
        OffsetDateTime now = now();
        List<CaseSummary> items = query.list().stream().map(c -> new CaseSummary(c.id, c.caseNumber, c.status, c.category,
                codec.fullName(c.person), c.receivedAt, c.verificationDueAt, c.verificationOverdue(now), c.assignedName, c.nextVisitDue)).toList();
        if (!items.isEmpty()) {
            audit.record("CASES_LISTED", RECORD, "list", "IDENTITY", null,
                    "{\"cases\":[" + String.join(",", items.stream().map(i -> "\"" + i.id() + "\"").toList()) + "]}");
        }
        var ids = em.createQuery("SELECT c.id FROM CaseFile c WHERE " + condition, UUID.class);
        params.map().forEach(ids::setParameter);
        Counts.Total total = Counts.upToCap(ids);
        return new CasePage(items, pq.page(), pq.size(), total.total(), total.exact());
    }

    @Transactional
    CaseView get(UUID id) {
        CaseFile c = inScope(id);
        audit.record("CASE_READ", RECORD, c.id, "IDENTITY,CONTACT,HEALTH,NARRATIVE", null, null);
        return views.full(c, List.of());
    }

    /** The brief of a case of the caller's organization, for hotline operators: no personal data but initials. */
    @Transactional
    CaseDtos.CaseBrief brief(UUID id) {
        CaseFile c = inScope(id);
        audit.record("CASE_BRIEF_READ", RECORD, c.id, "INITIALS", null, null);
        return views.brief(c);
    }

    /** Finds a case of the caller's organization by its exact number; the only search hotline operators have. */
    @Transactional
    CaseDtos.CaseBrief briefByNumber(String number) {
        String wanted = number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT);
        CaseFile c = cases.find("caseNumber = ?1 and organizationId = ?2", wanted, organizations.callerOrganization()).firstResult();
        if (c == null) {
            throw new ProblemException(404, "resource.not-found", "Not found", "No case numbered " + wanted + " in your organization");
        }
        audit.record("CASE_BRIEF_READ", RECORD, c.id, "INITIALS", null, null);
        return views.brief(c);
    }

    private boolean worksCases() {
        return user.hasRole(Roles.SOCIAL_WORKER) || user.hasRole(Roles.SUPERVISOR);
    }

    @Transactional
    CaseView verify(UUID id, String ifMatch, String note) {
        return transition(id, ifMatch, "VERIFICATION_STARTED", "Verification with the police started", CaseEvent.params(), note,
                c -> c.apply(CaseLifecycle.Act.VERIFY, now()));
    }

    @Transactional
    CaseView identify(UUID id, String ifMatch, CaseDtos.IdentifyRequest r) {
        requireOrganization(r.decidingOrganizationId(), "decidingOrganizationId");
        IdentificationRules.check(r);
        boolean victim = "VICTIM".equals(r.result());
        return transition(id, ifMatch, victim ? "IDENTIFIED" : "NOT_IDENTIFIED",
                (victim ? "Identified as a victim" : "Not identified as a victim") + " by decision " + nullToDash(r.documentNumber()),
                CaseEvent.params("documentNumber", Text.blankToNull(r.documentNumber())), null,
                c -> {
                    c.apply(victim ? CaseLifecycle.Act.IDENTIFY_VICTIM : CaseLifecycle.Act.IDENTIFY_NOT_VICTIM, now());
                    c.identOrganizationId = r.decidingOrganizationId();
                    c.identDecisionDate = r.decisionDate();
                    c.identDocumentNumber = Text.blankToNull(r.documentNumber());
                    c.identResult = r.result();
                    c.identForms = r.forms() == null ? List.of() : r.forms().stream().map(Enum::name).toList();
                    c.identCountry = r.countryOfExploitation();
                    c.identMeansOfControl = r.meansOfControl() == null ? List.of() : r.meansOfControl().stream().map(Enum::name).toList();
                    c.identRecruiterRelation = r.recruiterRelation() == null ? null : r.recruiterRelation().name();
                    c.identLabourTypes = r.labourTypes() == null ? List.of() : r.labourTypes().stream().map(Enum::name).distinct().toList();
                    c.identSexualExploitationTypes = r.sexualExploitationTypes() == null ? List.of()
                            : r.sexualExploitationTypes().stream().map(Enum::name).distinct().toList();
                });
    }

    @Transactional
    CaseView notIdentified(UUID id, String ifMatch, CaseDtos.NotIdentifiedRequest r) {
        if (r.decidingOrganizationId() != null) {
            requireOrganization(r.decidingOrganizationId(), "decidingOrganizationId");
        }
        return transition(id, ifMatch, "NOT_IDENTIFIED", "Not identified as a victim", CaseEvent.params(), null, c -> {
            c.apply(CaseLifecycle.Act.NOT_IDENTIFIED, now());
            c.identOrganizationId = r.decidingOrganizationId();
            c.identDecisionDate = r.decisionDate();
            c.identResult = "NOT_VICTIM";
            c.identReasonEnc = codec.encrypt(r.reason(), "case_file.ident_reason_enc", c.id);
        });
    }

    @Transactional
    CaseView startSupport(UUID id, String ifMatch, String note) {
        return transition(id, ifMatch, "SUPPORT_STARTED", "Support started", CaseEvent.params(), note,
                c -> c.apply(CaseLifecycle.Act.START_SUPPORT, now()));
    }

    @Transactional
    CaseView handover(UUID id, String ifMatch, CaseDtos.HandoverRequest r) {
        if (r.receiver() == CaseFile.HandoverReceiver.ORGANIZATION && r.receiverOrganizationId() == null) {
            throw ProblemException.invalid("receiverOrganizationId", "is required when handing over to an organization");
        }
        if (r.receiverOrganizationId() != null) {
            requireOrganization(r.receiverOrganizationId(), "receiverOrganizationId");
        }
        String placeCode = Text.blankToNull(r.placeCode() == null ? null : r.placeCode().trim());
        if (placeCode != null && !places.exists(placeCode)) {
            throw ProblemException.invalid("placeCode", "is not a known administrative unit");
        }
        return transition(id, ifMatch, "HANDED_OVER", "Handed over to " + r.receiver(), CaseEvent.params("receiver", r.receiver()), r.note(), c -> {
            c.apply(CaseLifecycle.Act.HANDOVER, now());
            c.handoverReceiver = r.receiver();
            c.handoverReceiverNameEnc = codec.encrypt(r.receiverName(), "case_file.handover_receiver_name_enc", c.id);
            c.handoverReceiverOrganizationId = r.receiverOrganizationId();
            c.handoverReceiverDocument = Text.blankToNull(r.documentNumber());
            c.handedOverAt = r.handedOverAt();
            c.handoverPlaceCode = placeCode;
        });
    }

    @Transactional
    CaseView followUp(UUID id, String ifMatch, String note) {
        return transition(id, ifMatch, "FOLLOW_UP_STARTED", "Reintegration follow-up started", CaseEvent.params(), note,
                c -> c.apply(CaseLifecycle.Act.FOLLOW_UP, now()));
    }

    @Transactional
    CaseView close(UUID id, String ifMatch, String reason) {
        return transition(id, ifMatch, "CLOSED", "Closed", CaseEvent.params(), reason, c -> c.close(now()));
    }

    @Transactional
    CaseView reopen(UUID id, String ifMatch, String reason) {
        return transition(id, ifMatch, "REOPENED", "Reopened", CaseEvent.params(), reason, c -> c.reopen(now()));
    }

    @Transactional
    CaseView assign(UUID id, String ifMatch, CaseDtos.AssignRequest r) {
        StaffDirectory.StaffMember assignee = staff.caseWorker(organizations.callerOrganization(), r.assigneeSubject().trim())
                .orElseThrow(() -> ProblemException.invalid("assigneeSubject", "is not a social worker or supervisor of your organization"));
        return transition(id, ifMatch, "ASSIGNED", "Assigned to " + assignee.name(), CaseEvent.params("assignee", assignee.name()), null, c -> {
            c.assignedSubject = assignee.subject();
            c.assignedName = assignee.name();
            c.updatedAt = now();
        });
    }

    /** A case in the caller's scope, for other features (consent, referrals); 404 outside it. */
    @Transactional
    public CaseRef requireInScope(UUID id) {
        CaseFile c = inScope(id);
        List<UUID> persons = new ArrayList<>();
        persons.add(c.person.id);
        c.children.forEach(p -> persons.add(p.id));
        return new CaseRef(c.id, c.organizationId, c.caseNumber, c.status, persons);
    }

    /**
     * The persons (main person and accompanying children) of the given cases of the caller's
     * organization, by person id; cases outside it are left out. Decrypts names, so the caller
     * records the read in its own audit event with the IDENTITY field group.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, PersonLabel> personLabels(Collection<UUID> caseIds) {
        Map<UUID, PersonLabel> labels = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return labels;
        }
        List<CaseFile> found = cases.list("id in ?1 and organizationId = ?2", Set.copyOf(caseIds), organizations.callerOrganization());
        for (CaseFile c : found) {
            labels.put(c.person.id, new PersonLabel(c.id, c.caseNumber, c.person.id, codec.fullName(c.person)));
            for (Person child : c.children) {
                labels.put(child.id, new PersonLabel(c.id, c.caseNumber, child.id, codec.fullName(child)));
            }
        }
        return labels;
    }

    /**
     * A case as an organization it is shared with sees it: each person with the groups
     * {@code disclosure} allows them (see {@link SharedCase}). No scope check: the caller
     * (referrals) has decided the reader's standing; the read is audited here, with the persons
     * and groups shown.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SharedCase sharedView(UUID caseId, org.safereturn.consent.Disclosure disclosure, String reason) {
        CaseFile c = find(caseId);
        SharedCase shared = SharedCase.of(c, disclosure, codec);
        StringBuilder details = new StringBuilder("{\"persons\":[");
        for (int i = 0; i < shared.persons().size(); i++) {
            SharedCase.SharedPerson p = shared.persons().get(i);
            details.append(i == 0 ? "" : ",").append("{\"person\":\"").append(p.personId()).append("\",\"groups\":\"")
                    .append(String.join(",", p.fieldGroups())).append("\",\"basis\":\"").append(p.basis()).append("\"}");
        }
        audit.event("CASE_SHARED_READ", RECORD, c.id).groups(shared.fieldGroups().isEmpty() ? null : String.join(",", shared.fieldGroups()))
                .reason(reason).details(details.append("]}").toString()).about(c.organizationId).write();
        return shared;
    }

    /**
     * Adds an entry to a case's timeline: its type, its facts as parameters (codes and numbers, see
     * {@link #eventParams}) and an English summary; neither may hold personal data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEvent(UUID caseId, String type, Map<String, String> params, String summary) {
        event(caseId, type, summary, params);
    }

    /** Timeline parameters from alternating names and values, leaving out null values. */
    public static Map<String, String> eventParams(Object... namesAndValues) {
        return CaseEvent.params(namesAndValues);
    }

    /** Flags cases whose verification deadline passed, once each; several backend copies share the work. */
    @Transactional
    int flagOverdueVerifications(int limit) {
        OffsetDateTime now = now();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                SELECT id FROM case_file
                WHERE status IN ('OPEN', 'UNDER_VERIFICATION') AND verification_due_at < ?1
                  AND verification_overdue_flagged_at IS NULL
                ORDER BY verification_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        for (Object id : ids) {
            UUID caseId = (UUID) id;
            em.createNativeQuery("UPDATE case_file SET verification_overdue_flagged_at = ?1 WHERE id = ?2")
                    .setParameter(1, now).setParameter(2, caseId).executeUpdate();
            CaseEvent e = new CaseEvent();
            e.caseId = caseId;
            e.occurredAt = now;
            e.type = "VERIFICATION_OVERDUE";
            e.actorSubject = "system";
            e.actorName = "SafeReturn";
            e.summary = "The 3-day verification deadline passed";
            e.params = CaseEvent.params("days", 3);
            em.persist(e);
        }
        return ids.size();
    }

    private CaseView transition(UUID id, String ifMatch, String eventType, String summary, Map<String, String> params, String note,
                                Consumer<CaseFile> change) {
        CaseFile c = inScope(id);
        Etags.check(ifMatch, c.version);
        change.accept(c);
        Flushes.orStale(em);
        String trimmed = Text.blankToNull(note == null ? null : note.trim());
        CaseEvent e = event(c.id, eventType, summary, params);
        e.noteEnc = codec.encrypt(trimmed, "case_event.note_enc", c.id);
        audit.record("CASE_" + eventType, RECORD, c.id, null, null, null);
        return views.full(c, List.of());
    }

    CaseFile inScope(UUID id) {
        UUID organizationId = organizations.callerOrganization();
        CaseFile c = cases.findByIdOptional(id).orElse(null);
        if (c == null || !c.organizationId.equals(organizationId)) {
            // A refused read is an event too, committed although the request fails; "about" names
            // the owner, so its supervisors see who tried.
            audit.event("CASE_READ_REFUSED", RECORD, id).about(c == null ? null : c.organizationId).writeAlone();
            throw ProblemException.notFound("Case", id);
        }
        return c;
    }

    CaseFile find(UUID id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Case", id));
    }


    private void validate(IntakeRequest r) {
        List<org.safereturn.common.error.Problem.FieldError> errors = new ArrayList<>();
        checkPerson(r.person(), "person", errors);
        if (r.accompanyingChildren() != null) {
            for (int i = 0; i < r.accompanyingChildren().size(); i++) {
                checkPerson(r.accompanyingChildren().get(i), "accompanyingChildren[" + i + "]", errors);
            }
        }
        if (r.handingOverOrganizationId() != null && !organizations.exists(r.handingOverOrganizationId())) {
            errors.add(new org.safereturn.common.error.Problem.FieldError("handingOverOrganizationId", "is not an organization of the directory"));
        }
        if (r.placeFoundCode() != null && !r.placeFoundCode().isBlank() && !places.exists(r.placeFoundCode().trim())) {
            errors.add(new org.safereturn.common.error.Problem.FieldError("placeFoundCode", "is not a known administrative unit"));
        }
        if (r.receivedAt().isAfter(now().plusMinutes(5))) {
            errors.add(new org.safereturn.common.error.Problem.FieldError("receivedAt", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation.failed", "The request is not valid",
                    errors.size() + " field(s) are not valid", errors);
        }
    }

    private void checkPerson(CaseDtos.PersonRequest p, String at, List<org.safereturn.common.error.Problem.FieldError> errors) {
        if (p.birthDate() == null && p.estimatedAge() == null) {
            errors.add(new org.safereturn.common.error.Problem.FieldError(at + ".birthDate", "give the birth date or an estimated age"));
        }
        if (p.stateless() && p.nationality() != null) {
            errors.add(new org.safereturn.common.error.Problem.FieldError(at + ".nationality", "must be empty for a stateless person"));
        }
        if (p.idDocumentNumber() != null && !p.idDocumentNumber().isBlank()
                && (p.idDocumentType() == null || p.idDocumentType() == Person.IdDocumentType.NONE)) {
            errors.add(new org.safereturn.common.error.Problem.FieldError(at + ".idDocumentType", "say which document the number is from"));
        }
        if (p.homePlaceCode() != null && !p.homePlaceCode().isBlank() && !places.exists(p.homePlaceCode().trim())) {
            errors.add(new org.safereturn.common.error.Problem.FieldError(at + ".homePlaceCode", "is not a known administrative unit"));
        }
    }

    private void requireOrganization(UUID id, String field) {
        if (!organizations.exists(id)) {
            throw ProblemException.invalid(field, "is not an organization of the directory");
        }
    }

    private String nextCaseNumber(UUID organizationId, OffsetDateTime receivedAt) {
        int year = receivedAt.atZoneSameInstant(VIETNAM).getYear();
        // One round trip for the number and the organization's prefix ("SR" when it has none).
        Object[] next = (Object[]) em.createNativeQuery("""
                INSERT INTO case_number_counter (organization_id, year, last_value) VALUES (?1, ?2, 1)
                ON CONFLICT (organization_id, year) DO UPDATE SET last_value = case_number_counter.last_value + 1
                RETURNING last_value, coalesce((SELECT case_prefix FROM organization WHERE id = ?1), 'SR')""")
                .setParameter(1, organizationId).setParameter(2, year).getSingleResult();
        return String.format("%s-%d-%06d", next[1], year, ((Number) next[0]).intValue());
    }

    private List<PossibleDuplicate> duplicatesOf(CaseFile c) {
        if (c.person.idNumberIndex == null && c.person.duplicateIndex == null) {
            return List.of();
        }
        // One query for both rules; the same ID number is the stronger reason and is named first.
        return em.createQuery("""
                        SELECT c.id, c.caseNumber, CASE WHEN p.idNumberIndex = :idNumber THEN 1 ELSE 0 END AS sameId
                        FROM CaseFile c JOIN c.person p
                        WHERE c.organizationId = :org AND c.id <> :self
                          AND (p.idNumberIndex = :idNumber OR p.duplicateIndex = :duplicate)
                        ORDER BY sameId DESC, c.receivedAt DESC""", Object[].class)
                .setParameter("org", c.organizationId).setParameter("self", c.id)
                .setParameter("idNumber", c.person.idNumberIndex == null ? "-" : c.person.idNumberIndex)
                .setParameter("duplicate", c.person.duplicateIndex == null ? "-" : c.person.duplicateIndex)
                .setMaxResults(10).getResultList().stream()
                .map(row -> new PossibleDuplicate((UUID) row[0], (String) row[1],
                        ((Number) row[2]).intValue() == 1 ? "SAME_ID_NUMBER" : "SAME_NAME_BIRTH_YEAR_HOME"))
                .toList();
    }

    private CaseEvent event(UUID caseId, String type, String summary, Map<String, String> params) {
        CaseEvent e = new CaseEvent();
        e.caseId = caseId;
        e.occurredAt = now();
        e.type = type;
        e.actorSubject = user.subject();
        e.actorName = user.displayName();
        e.summary = summary;
        e.params = params;
        em.persist(e);
        return e;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
