package org.safereturn.hotline;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.safereturn.account.StaffDirectory;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CaseCategory;
import org.safereturn.cases.CaseService;
import org.safereturn.cases.IntakeOpened;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.crypto.FieldCipher.BlindIndex;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Counts;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.common.web.Text;
import org.safereturn.directory.OrganizationService;
import org.safereturn.hotline.HotlineDtos.AssigneeView;
import org.safereturn.hotline.HotlineDtos.CallbackView;
import org.safereturn.hotline.HotlineDtos.CallerHistory;
import org.safereturn.hotline.HotlineDtos.CallerView;
import org.safereturn.hotline.HotlineDtos.ConcernedView;
import org.safereturn.hotline.HotlineDtos.FlagView;
import org.safereturn.hotline.HotlineDtos.TicketRequest;
import org.safereturn.hotline.HotlineDtos.TicketSummary;
import org.safereturn.hotline.HotlineDtos.TicketView;
import org.safereturn.hotline.TicketLifecycle.Act;
import org.safereturn.place.PlaceService;
import org.safereturn.referral.ReferralOpened;

/**
 * Hotline tickets of the caller's organization: logging a contact while the call goes on, its
 * steps, notes, callbacks, the caller's history and flags, and its escalation to an intake or a
 * referral. A ticket is visible only to its organization's staff (404 for anyone else); every read
 * of its personal data and every change writes an audit event.
 */
@ApplicationScoped
public class TicketService {
    static final String RECORD = "HOTLINE_TICKET";
    static final ZoneId VIETNAM = org.safereturn.common.time.VietnamTime.ZONE;
    static final String ALL_GROUPS = "IDENTITY,CONTACT,NARRATIVE";
    private static final Map<String, String> SORTABLE = Map.of(
            "startedAt", "startedAt", "responseDueAt", "responseDueAt", "urgency", "urgencyRank", "status", "status",
            "updatedAt", "updatedAt", "number", "number");

    @Inject
    HotlineReference reference;
    @Inject
    HotlineConfig config;
    @Inject
    TicketNumbers numbers;
    @Inject
    FieldCipher cipher;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    CaseService cases;
    @Inject
    StaffDirectory staff;
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

    @Transactional
    TicketView create(TicketRequest r, String idempotencyKey) {
        UUID organizationId = organizations.callerOrganization();
        String id = idempotency.once(idempotencyKey, "createTicket", r, () -> open(r, organizationId).toString());
        return view(find(UUID.fromString(id)), false);
    }

    private UUID open(TicketRequest r, UUID organizationId) {
        OffsetDateTime now = now();
        List<String> categories = validate(r, now);
        HotlineTicket t = new HotlineTicket();
        t.id = UUID.randomUUID();
        t.number = numbers.next();
        t.organizationId = organizationId;
        t.status = TicketStatus.NEW;
        t.createdBySubject = user.subject();
        t.createdByName = user.displayName();
        t.createdAt = now;
        copy(r, categories, t, now);
        em.persist(t);
        event(t, TicketEvent.Type.CREATED, null, TicketEvent.params("urgency", t.urgency, "channel", t.channel));
        audit.record("TICKET_CREATED", RECORD, t.id, ALL_GROUPS, null, null);
        return t.id;
    }

    /** Saves the form again (autosave while the call goes on, or a correction); not once the ticket is closed. */
    @Transactional
    TicketView update(UUID id, String ifMatch, TicketRequest r) {
        HotlineTicket t = inScope(id, true);
        checkVersion(t, ifMatch);
        if (t.status == TicketStatus.CLOSED) {
            throw ProblemException.conflict("ticket.closed", "A closed ticket cannot be changed; reopen it first");
        }
        if (t.deidentifiedAt != null) {
            throw ProblemException.conflict("ticket.deidentified", "The ticket's personal data was removed under the retention rule");
        }
        OffsetDateTime now = now();
        List<String> categories = validate(r, now);
        TicketUrgency before = t.urgency;
        copy(r, categories, t, now);
        Flushes.orStale(em);
        // Autosaves arrive every few seconds: one history entry per run of saves by the same person.
        TicketEvent last = em.createQuery("FROM TicketEvent e WHERE e.ticketId = ?1 ORDER BY e.id DESC", TicketEvent.class)
                .setParameter(1, t.id).setMaxResults(1).getResultStream().findFirst().orElse(null);
        boolean urgencyChanged = before != t.urgency;
        if (urgencyChanged || last == null || last.type != TicketEvent.Type.UPDATED || !last.actorSubject.equals(user.subject())) {
            event(t, TicketEvent.Type.UPDATED, null, TicketEvent.params("urgency", urgencyChanged ? t.urgency : null));
        }
        audit.record("TICKET_UPDATED", RECORD, t.id, ALL_GROUPS, null, null);
        return view(t, true);
    }

    @Transactional
    TicketView get(UUID id) {
        HotlineTicket t = inScope(id, false);
        audit.record("TICKET_READ", RECORD, t.id, ALL_GROUPS, null, null);
        return view(t, true);
    }

    @Transactional
    HotlineDtos.TicketPage list(String view, TicketStatus status, TicketUrgency urgency, UUID lineId, Channel channel, String category,
                                Boolean overdue, LocalDate from, LocalDate to, String q, Integer page, Integer size, String sort) {
        UUID organizationId = organizations.callerOrganization();
        boolean open = "open".equals(view);
        Sort fallback = open ? Sort.by("urgencyRank").and("responseDueAt").and("id")
                : Sort.by("startedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        PageQuery pq = PageQuery.of(page, size, sort, SORTABLE, fallback);
        List<String> where = new ArrayList<>(List.of("organizationId = :org"));
        Map<String, Object> params = new HashMap<>();
        params.put("org", organizationId);
        if ("mine".equals(view)) {
            where.add("assignedSubject = :me");
            params.put("me", user.subject());
        } else if (view != null && !open && !"all".equals(view)) {
            throw ProblemException.invalid("view", "must be all, open or mine");
        }
        if (open) {
            where.add(OPEN_LITERALS);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (urgency != null) {
            where.add("urgency = :urgency");
            params.put("urgency", urgency);
        }
        if (lineId != null) {
            where.add("lineId = :line");
            params.put("line", lineId);
        }
        if (channel != null) {
            where.add("channel = :channel");
            params.put("channel", channel);
        }
        if (category != null && !category.isBlank()) {
            if (!reference.categories().containsKey(category.trim())) {
                throw ProblemException.invalid("category", "is not a category of the taxonomy");
            }
            where.add("array_contains(categories, :category)");
            params.put("category", category.trim());
        }
        if (overdue != null) {
            String late = OPEN_LITERALS + " and respondedAt is null and responseDueAt < :now";
            where.add(overdue ? late : "not (" + late + ")");
            params.put("now", now());
        }
        if (from != null) {
            where.add("startedAt >= :from");
            params.put("from", from.atStartOfDay(VIETNAM).toOffsetDateTime());
        }
        if (to != null) {
            where.add("startedAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
        }
        if (q != null && !q.isBlank()) {
            where.add(search(q.trim(), params));
        }
        String condition = String.join(" and ", where);
        var query = em.createQuery("FROM HotlineTicket WHERE " + condition + orderBy(pq.sort()), HotlineTicket.class);
        params.forEach(query::setParameter);
        OffsetDateTime now = now();
        List<TicketSummary> items = query.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList()
                .stream().map(t -> summary(t, now)).toList();
        var ids = em.createQuery("SELECT id FROM HotlineTicket WHERE " + condition, UUID.class);
        params.forEach(ids::setParameter);
        Counts.Total total = Counts.upToCap(ids);
        return new HotlineDtos.TicketPage(items, pq.page(), pq.size(), total.total(), total.exact());
    }

    static final String OPEN_LITERALS = "status in (org.safereturn.hotline.TicketStatus.NEW, org.safereturn.hotline.TicketStatus.TRIAGED, "
            + "org.safereturn.hotline.TicketStatus.ASSIGNED, org.safereturn.hotline.TicketStatus.IN_PROGRESS)";

    /** A ticket number (HL-123 or 123) or a phone number (by its keyed hash). */
    private String search(String q, Map<String, Object> params) {
        String number = q.toUpperCase().startsWith("HL-") ? q.substring(3) : q;
        if (number.matches("[0-9]{1,12}") && !q.startsWith("0")) {
            params.put("number", Long.parseLong(number));
            return "number = :number";
        }
        if (!q.matches(HotlineDtos.PHONE)) {
            throw ProblemException.invalid("q", "must be a ticket number (HL-123) or a phone number");
        }
        params.put("phone", cipher.index(BlindIndex.CALLER_PHONE, PhoneNumbers.canonical(q)));
        return "callerPhoneIndex = :phone";
    }

    @Transactional
    TicketView triage(UUID id, String ifMatch, HotlineDtos.TriageBody b) {
        List<String> categories = checkCategories(b.categories(), "categories");
        return step(id, ifMatch, Act.TRIAGE, TicketEvent.Type.TRIAGED, b.note(), TicketEvent.params("urgency", b.urgency()), t -> {
            t.setUrgency(b.urgency(), config.respondWithinByUrgency());
            t.categories = categories;
        });
    }

    @Transactional
    TicketView assign(UUID id, String ifMatch, HotlineDtos.AssignBody b) {
        StaffDirectory.StaffMember assignee = staff.ticketHandler(organizations.callerOrganization(), b.assigneeSubject().trim())
                .orElseThrow(() -> ProblemException.invalid("assigneeSubject", "is not an operator, social worker or supervisor of your organization"));
        return step(id, ifMatch, Act.ASSIGN, TicketEvent.Type.ASSIGNED, null, TicketEvent.params("assignee", assignee.name()), t -> {
            t.assignedSubject = assignee.subject();
            t.assignedName = assignee.name();
        });
    }

    @Transactional
    TicketView start(UUID id, String ifMatch, String note) {
        return step(id, ifMatch, Act.START, TicketEvent.Type.STARTED, note, TicketEvent.params(), t -> {
            if (t.assignedSubject == null) {
                t.assignedSubject = user.subject();
                t.assignedName = user.displayName();
            }
        });
    }

    @Transactional
    TicketView resolve(UUID id, String ifMatch, HotlineDtos.ResolveBody b) {
        return step(id, ifMatch, Act.RESOLVE, TicketEvent.Type.RESOLVED, null, TicketEvent.params("outcome", b.outcome()), t -> {
            t.outcome = b.outcome();
            t.outcomeNoteEnc = cipher.encrypt(Text.blankToNull(b.note()), "hotline_ticket.outcome_note_enc", t.id);
        });
    }

    @Transactional
    TicketView close(UUID id, String ifMatch, String note) {
        return step(id, ifMatch, Act.CLOSE, TicketEvent.Type.CLOSED, note, TicketEvent.params(), t -> { });
    }

    @Transactional
    TicketView reopen(UUID id, String ifMatch, String note) {
        if (Text.blankToNull(note) == null) {
            throw ProblemException.invalid("note", "say why the ticket is reopened");
        }
        return step(id, ifMatch, Act.REOPEN, TicketEvent.Type.REOPENED, note, TicketEvent.params(), t -> {
            if (t.deidentifiedAt != null) {
                throw ProblemException.conflict("ticket.deidentified", "The ticket's personal data was removed under the retention rule");
            }
        });
    }

    @Transactional
    HotlineDtos.HistoryEntry addNote(UUID id, String text) {
        HotlineTicket t = inScope(id, true);
        if (t.deidentifiedAt != null) {
            throw ProblemException.conflict("ticket.deidentified", "The ticket's personal data was removed under the retention rule");
        }
        t.updatedAt = now();
        TicketEvent e = event(t, TicketEvent.Type.NOTE, text.trim(), TicketEvent.params());
        em.flush();
        audit.record("TICKET_NOTE_ADDED", RECORD, t.id, "NARRATIVE", null, null);
        return entry(e);
    }

    @Transactional
    HotlineDtos.HistoryPage history(UUID id, Integer page, Integer size) {
        HotlineTicket t = inScope(id, false);
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), Sort.by("id"));
        List<TicketEvent> events = em.createQuery("FROM TicketEvent e WHERE e.ticketId = ?1 ORDER BY e.id DESC", TicketEvent.class)
                .setParameter(1, t.id).setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList();
        long total = em.createQuery("SELECT count(e) FROM TicketEvent e WHERE e.ticketId = ?1", Long.class).setParameter(1, t.id).getSingleResult();
        audit.record("TICKET_HISTORY_READ", RECORD, t.id, "NARRATIVE", null, null);
        return new HotlineDtos.HistoryPage(events.stream().map(this::entry).toList(), pq.page(), pq.size(), total);
    }

    @Transactional
    CallbackView scheduleCallback(UUID id, HotlineDtos.CallbackRequest r) {
        HotlineTicket t = inScope(id, true);
        OffsetDateTime now = now();
        if (!r.dueAt().isAfter(now)) {
            throw ProblemException.invalid("dueAt", "must be in the future");
        }
        if (t.status == TicketStatus.CLOSED) {
            throw ProblemException.conflict("ticket.closed", "A closed ticket takes no callbacks; reopen it first");
        }
        TicketCallback c = new TicketCallback();
        c.id = UUID.randomUUID();
        c.ticketId = t.id;
        c.organizationId = t.organizationId;
        c.dueAt = r.dueAt().truncatedTo(ChronoUnit.MICROS);
        c.noteEnc = cipher.encrypt(Text.blankToNull(r.note()), "hotline_callback.note_enc", c.id);
        c.status = CallbackStatus.SCHEDULED;
        c.scheduledByName = user.displayName();
        c.createdAt = now;
        em.persist(c);
        if (!t.actions.contains(TicketAction.CALLBACK_SCHEDULED.name())) {
            List<String> actions = new ArrayList<>(t.actions);
            actions.add(TicketAction.CALLBACK_SCHEDULED.name());
            t.actions = actions;
        }
        t.updatedAt = now;
        event(t, TicketEvent.Type.CALLBACK_SCHEDULED, null, TicketEvent.params("dueAt", c.dueAt));
        audit.record("TICKET_CALLBACK_SCHEDULED", RECORD, t.id, null, null, "{\"callback\":\"" + c.id + "\"}");
        return callbackView(c, now);
    }

    @Transactional
    CallbackView recordCallback(UUID id, UUID callbackId, HotlineDtos.CallbackResultRequest r) {
        HotlineTicket t = inScope(id, true);
        if (r.status() == CallbackStatus.SCHEDULED) {
            throw ProblemException.invalid("status", "must be REACHED, NOT_REACHED or CANCELLED");
        }
        TicketCallback c = em.find(TicketCallback.class, callbackId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.ticketId.equals(t.id)) {
            throw ProblemException.notFound("Callback", callbackId);
        }
        if (c.status != CallbackStatus.SCHEDULED) {
            throw ProblemException.conflict("callback.done", "This callback already has its result (" + c.status + ")");
        }
        OffsetDateTime now = now();
        c.status = r.status();
        c.resultNoteEnc = cipher.encrypt(Text.blankToNull(r.note()), "hotline_callback.result_note_enc", c.id);
        c.doneAt = now;
        c.doneByName = user.displayName();
        t.updatedAt = now;
        event(t, TicketEvent.Type.CALLBACK_DONE, null, TicketEvent.params("result", r.status()));
        audit.record("TICKET_CALLBACK_DONE", RECORD, t.id, null, null, "{\"callback\":\"" + c.id + "\"}");
        return callbackView(c, now);
    }

    @Transactional
    FlagView flagCaller(UUID id, HotlineDtos.FlagRequest r) {
        HotlineTicket t = inScope(id, true);
        if (t.callerPhoneIndex == null) {
            throw ProblemException.conflict("ticket.no-phone", "The ticket has no caller number to flag");
        }
        OffsetDateTime now = now();
        OffsetDateTime expires = r.expiresAt() == null ? now.plus(config.flagLasts()) : r.expiresAt().truncatedTo(ChronoUnit.MICROS);
        if (!expires.isAfter(now)) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        CallerFlag f = new CallerFlag();
        f.id = UUID.randomUUID();
        f.organizationId = t.organizationId;
        f.phoneIndex = t.callerPhoneIndex;
        f.kind = r.kind();
        f.noteEnc = cipher.encrypt(Text.blankToNull(r.note()), "hotline_caller_flag.note_enc", f.id);
        f.expiresAt = expires;
        f.createdByName = user.displayName();
        f.createdAt = now;
        em.persist(f);
        event(t, TicketEvent.Type.CALLER_FLAGGED, null, TicketEvent.params("flag", r.kind(), "until", expires));
        audit.record("CALLER_FLAGGED", RECORD, t.id, "CONTACT", null, "{\"flag\":\"" + f.id + "\"}");
        return flagView(f);
    }

    @Transactional
    void liftFlag(UUID flagId) {
        CallerFlag f = em.find(CallerFlag.class, flagId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null || !f.organizationId.equals(organizations.callerOrganization()) || f.liftedAt != null) {
            throw ProblemException.notFound("Caller flag", flagId);
        }
        f.liftedAt = now();
        f.liftedByName = user.displayName();
        audit.record("CALLER_FLAG_LIFTED", "CALLER_FLAG", f.id, null, null, null);
    }

    /** Earlier contacts and flags of a number the operator is typing, before the ticket is saved. */
    @Transactional
    CallerHistory lookup(String phone) {
        UUID organizationId = organizations.callerOrganization();
        String index = cipher.index(BlindIndex.CALLER_PHONE, PhoneNumbers.canonical(phone));
        // What was looked up, as the number's keyed hash: enough to tell who looked up a number, never the number.
        audit.event("CALLER_HISTORY_READ", RECORD, "lookup").groups("CONTACT").details("{\"phoneIndex\":\"" + index + "\"}").write();
        return history(organizationId, index, null);
    }

    @Transactional
    CallerHistory callerHistory(UUID id) {
        HotlineTicket t = inScope(id, false);
        audit.record("CALLER_HISTORY_READ", RECORD, t.id, "CONTACT", null, null);
        return t.callerPhoneIndex == null ? new CallerHistory(List.of(), 0, List.of()) : history(t.organizationId, t.callerPhoneIndex, t.id);
    }

    private CallerHistory history(UUID organizationId, String index, UUID except) {
        OffsetDateTime now = now();
        String condition = "organizationId = :org and callerPhoneIndex = :phone" + (except == null ? "" : " and id <> :self");
        var query = em.createQuery("FROM HotlineTicket WHERE " + condition + " ORDER BY startedAt DESC", HotlineTicket.class)
                .setParameter("org", organizationId).setParameter("phone", index);
        var count = em.createQuery("SELECT count(*) FROM HotlineTicket WHERE " + condition, Long.class)
                .setParameter("org", organizationId).setParameter("phone", index);
        if (except != null) {
            query.setParameter("self", except);
            count.setParameter("self", except);
        }
        List<TicketSummary> contacts = query.setMaxResults(20).getResultList().stream().map(t -> summary(t, now)).toList();
        return new CallerHistory(contacts, count.getSingleResult(), activeFlags(organizationId, index, now));
    }

    /** An intake form filled from the ticket, for the operator or worker to complete. */
    @Transactional
    HotlineDtos.IntakePrefill intakePrefill(UUID id) {
        HotlineTicket t = inScope(id, false);
        audit.record("TICKET_READ", RECORD, t.id, ALL_GROUPS, "intake prefill", null);
        boolean callerIsPerson = t.callerRelation == CallerRelation.SELF;
        String name = callerIsPerson && t.concernedNameEnc == null ? cipher.decrypt(t.callerNameEnc, "hotline_ticket.caller_name_enc", t.id) : cipher.decrypt(t.concernedNameEnc, "hotline_ticket.concerned_name_enc", t.id);
        String sex = t.concernedSex == null ? null : t.concernedSex.name();
        return new HotlineDtos.IntakePrefill(t.id, "HOTLINE", t.startedAt, t.concernedPlaceCode, suggestedCategory(t).name(),
                new HotlineDtos.PrefillPerson(name, sex, t.concernedAge == null ? null : t.concernedAge.intValue(),
                        callerIsPerson ? cipher.decrypt(t.callerPhoneEnc, "hotline_ticket.caller_phone_enc", t.id) : null, t.concernedPlaceCode),
                cipher.decrypt(t.summaryEnc, "hotline_ticket.summary_enc", t.id));
    }

    /** The case group a ticket suggests; the worker confirms it on the intake form. */
    static CaseCategory suggestedCategory(HotlineTicket t) {
        if (t.categories.contains("RETURNED_VICTIM_SUPPORT")) {
            return CaseCategory.VICTIM;
        }
        if (t.categories.contains("TRAFFICKING_SUSPECTED") || t.categories.contains("MISSING_PERSON")) {
            return CaseCategory.PRESUMED_VICTIM;
        }
        if (t.categories.contains("LABOUR_MIGRATION_ADVICE")) {
            return CaseCategory.PROSPECTIVE_MIGRANT_WORKER;
        }
        return CaseCategory.AT_RISK;
    }

    /** An intake named this ticket: link the case, mark the ticket ESCALATED and show it on the case's timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onIntake(@Observes IntakeOpened opened) {
        HotlineTicket t = escalating(opened.hotlineTicketId(), opened.organizationId());
        t.caseId = opened.caseId();
        t.caseNumber = opened.caseNumber();
        addAction(t, TicketAction.INTAKE_OPENED);
        escalate(t, "case", opened.caseNumber());
        cases.recordEvent(opened.caseId(), "HOTLINE_TICKET_LINKED",
                CaseService.eventParams("ticketNumber", t.ticketNumber(), "ticketId", t.id, "urgency", t.urgency, "channel", t.channel,
                        "startedAt", t.startedAt),
                "Opened from hotline ticket " + t.ticketNumber() + " (" + t.urgency + ", " + t.channel + ")");
    }

    /** A referral named this ticket: link it and mark the ticket ESCALATED. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onReferral(@Observes ReferralOpened opened) {
        HotlineTicket t = escalating(opened.hotlineTicketId(), opened.senderOrganizationId());
        if (t.caseId == null) {
            t.caseId = opened.caseId();
            t.caseNumber = cases.requireInScope(opened.caseId()).caseNumber();
        }
        t.referralId = opened.referralId();
        addAction(t, TicketAction.REFERRED_TO_SERVICE);
        escalate(t, "referral", opened.referralId());
    }

    private HotlineTicket escalating(UUID ticketId, UUID organizationId) {
        HotlineTicket t = em.find(HotlineTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !t.organizationId.equals(organizationId)) {
            throw ProblemException.invalid("hotlineTicketId", "is not a ticket of your organization");
        }
        if (!TicketLifecycle.allowed(t.status, Act.ESCALATE)) {
            throw ProblemException.conflict("ticket.invalid-transition", "A ticket that is " + t.status + " cannot be escalated");
        }
        return t;
    }

    private void escalate(HotlineTicket t, String kind, Object target) {
        t.apply(Act.ESCALATE, now());
        event(t, TicketEvent.Type.ESCALATED, null, TicketEvent.params(kind, target));
        audit.record("TICKET_ESCALATED", RECORD, t.id, null, null, "{\"" + kind + "\":\"" + target + "\"}");
    }

    private static void addAction(HotlineTicket t, TicketAction action) {
        if (!t.actions.contains(action.name())) {
            List<String> actions = new ArrayList<>(t.actions);
            actions.add(action.name());
            t.actions = actions;
        }
    }

    private TicketView step(UUID id, String ifMatch, Act act, TicketEvent.Type type, String note, Map<String, String> params,
                            Consumer<HotlineTicket> change) {
        HotlineTicket t = inScope(id, true);
        checkVersion(t, ifMatch);
        change.accept(t);
        t.apply(act, now());
        Flushes.orStale(em);
        event(t, type, Text.blankToNull(note == null ? null : note.trim()), params);
        audit.record("TICKET_" + type, RECORD, t.id, null, null, null);
        return view(t, true);
    }

    private void checkVersion(HotlineTicket t, String ifMatch) {
        Etags.check(ifMatch, t.version);
    }

    HotlineTicket inScope(UUID id, boolean lock) {
        UUID organizationId = organizations.callerOrganization();
        HotlineTicket t = lock ? em.find(HotlineTicket.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(HotlineTicket.class, id);
        if (t == null || !t.organizationId.equals(organizationId)) {
            audit.event("TICKET_READ_REFUSED", RECORD, id).about(t == null ? null : t.organizationId).writeAlone();
            throw ProblemException.notFound("Ticket", id);
        }
        return t;
    }

    private HotlineTicket find(UUID id) {
        HotlineTicket t = em.find(HotlineTicket.class, id);
        if (t == null) {
            throw ProblemException.notFound("Ticket", id);
        }
        return t;
    }

    private List<String> validate(TicketRequest r, OffsetDateTime now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var line = reference.line(r.lineId());
        if (line.isEmpty()) {
            errors.add(new Problem.FieldError("lineId", "is not a known hotline"));
        } else if (!line.get().active()) {
            errors.add(new Problem.FieldError("lineId", "is not in service"));
        }
        if (r.startedAt().isAfter(now.plusMinutes(5))) {
            errors.add(new Problem.FieldError("startedAt", "must not be in the future"));
        }
        if (r.endedAt() != null && r.endedAt().isBefore(r.startedAt())) {
            errors.add(new Problem.FieldError("endedAt", "must not be before startedAt"));
        }
        if (r.caller().anonymous()) {
            if (Text.blankToNull(r.caller().name()) != null) {
                errors.add(new Problem.FieldError("caller.name", "must be empty for an anonymous caller"));
            }
            if (Text.blankToNull(r.caller().phone()) != null) {
                errors.add(new Problem.FieldError("caller.phone", "must be empty for an anonymous caller"));
            }
        }
        checkPlace(r.caller().placeCode(), "caller.placeCode", errors);
        if (r.concerned() != null) {
            checkPlace(r.concerned().placeCode(), "concerned.placeCode", errors);
        }
        List<String> categories = new ArrayList<>();
        if (r.categories() != null) {
            for (int i = 0; i < r.categories().size(); i++) {
                String code = r.categories().get(i).trim();
                var known = reference.categories().get(code);
                if (known == null || !known.active()) {
                    errors.add(new Problem.FieldError("categories[" + i + "]", "is not a category of the taxonomy"));
                } else if (!categories.contains(code)) {
                    categories.add(code);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation.failed", "The request is not valid", errors.size() + " field(s) are not valid", errors);
        }
        return categories;
    }

    private List<String> checkCategories(List<String> codes, String field) {
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).trim();
            var known = reference.categories().get(code);
            if (known == null || !known.active()) {
                throw ProblemException.invalid(field + "[" + i + "]", "is not a category of the taxonomy");
            }
            categories.add(code);
        }
        return List.copyOf(categories);
    }

    private void checkPlace(String code, String field, List<Problem.FieldError> errors) {
        if (code != null && !code.isBlank() && !places.exists(code.trim())) {
            errors.add(new Problem.FieldError(field, "is not a known administrative unit"));
        }
    }

    private void copy(TicketRequest r, List<String> categories, HotlineTicket t, OffsetDateTime now) {
        t.lineId = r.lineId();
        t.channel = r.channel();
        t.direction = r.direction();
        t.startedAt = r.startedAt().truncatedTo(ChronoUnit.MICROS);
        t.endedAt = r.endedAt() == null ? null : r.endedAt().truncatedTo(ChronoUnit.MICROS);
        t.setUrgency(r.urgency(), config.respondWithinByUrgency());
        t.callerAnonymous = r.caller().anonymous();
        String phone = Text.blankToNull(r.caller().phone());
        t.callerNameEnc = cipher.encrypt(Text.blankToNull(r.caller().name() == null ? null : r.caller().name().trim()),
                "hotline_ticket.caller_name_enc", t.id);
        t.callerPhoneEnc = cipher.encrypt(phone == null ? null : phone.trim(), "hotline_ticket.caller_phone_enc", t.id);
        t.callerPhoneIndex = phone == null ? null : cipher.index(BlindIndex.CALLER_PHONE, PhoneNumbers.canonical(phone));
        t.callerRelation = r.caller().relation();
        t.callerPlaceCode = Text.blankToNull(r.caller().placeCode());
        var c = r.concerned();
        t.concernedNameEnc = c == null ? null : cipher.encrypt(Text.blankToNull(c.name() == null ? null : c.name().trim()),
                "hotline_ticket.concerned_name_enc", t.id);
        t.concernedSex = c == null ? null : c.sex();
        t.concernedAge = c == null || c.age() == null ? null : c.age().shortValue();
        t.concernedPlaceCode = c == null ? null : Text.blankToNull(c.placeCode());
        t.concernedCountry = c == null ? null : Text.blankToNull(c.country());
        t.categories = categories;
        t.summaryEnc = cipher.encrypt(Text.blankToNull(r.summary()), "hotline_ticket.summary_enc", t.id);
        t.actions = r.actions() == null ? List.of() : r.actions().stream().map(Enum::name).distinct().toList();
        t.updatedAt = now;
    }

    private TicketEvent event(HotlineTicket t, TicketEvent.Type type, String note, Map<String, String> params) {
        TicketEvent e = new TicketEvent();
        e.ticketId = t.id;
        e.occurredAt = now();
        e.type = type;
        e.status = t.status;
        e.actorSubject = user.subject();
        e.actorName = user.displayName();
        e.noteEnc = cipher.encrypt(note, "hotline_ticket_event.note_enc", t.id);
        e.params = params;
        em.persist(e);
        return e;
    }

    private HotlineDtos.HistoryEntry entry(TicketEvent e) {
        return new HotlineDtos.HistoryEntry(e.id, e.occurredAt, e.type, e.status, e.actorName, cipher.decrypt(e.noteEnc, "hotline_ticket_event.note_enc", e.ticketId), e.params);
    }

    TicketSummary summary(HotlineTicket t, OffsetDateTime now) {
        var line = reference.line(t.lineId);
        return new TicketSummary(t.id, t.ticketNumber(), t.lineId, line.map(HotlineDtos.LineView::code).orElse(null), t.channel, t.direction,
                t.status, t.urgency, List.copyOf(t.categories), t.startedAt, t.responseDueAt, t.overdue(now), t.assignedName, t.caseNumber);
    }

    /** The full ticket; {@code related}: also its callbacks, flags and earlier contacts (a fresh ticket has none of the first). */
    TicketView view(HotlineTicket t, boolean related) {
        OffsetDateTime now = now();
        List<CallbackView> callbacks = !related ? List.of() : em.createQuery("FROM TicketCallback c WHERE c.ticketId = ?1 ORDER BY c.dueAt", TicketCallback.class)
                .setParameter(1, t.id).getResultList().stream().map(c -> callbackView(c, now)).toList();
        List<FlagView> flags = t.callerPhoneIndex == null ? List.of() : activeFlags(t.organizationId, t.callerPhoneIndex, now);
        long previous = t.callerPhoneIndex == null ? 0 : em.createQuery(
                        "SELECT count(*) FROM HotlineTicket WHERE organizationId = ?1 and callerPhoneIndex = ?2 and id <> ?3", Long.class)
                .setParameter(1, t.organizationId).setParameter(2, t.callerPhoneIndex).setParameter(3, t.id).getSingleResult();
        Integer age = t.concernedAge == null ? null : t.concernedAge.intValue();
        ConcernedView concerned = new ConcernedView(cipher.decrypt(t.concernedNameEnc, "hotline_ticket.concerned_name_enc", t.id), t.concernedSex, age, age != null && age < 18,
                t.concernedPlaceCode, t.concernedCountry);
        return new TicketView(t.id, t.ticketNumber(), t.organizationId, reference.line(t.lineId).orElse(null), t.channel, t.direction,
                t.status, t.urgency, t.startedAt, t.endedAt, t.durationSeconds(), t.responseDueAt, t.respondedAt, t.overdue(now),
                new CallerView(t.callerAnonymous, cipher.decrypt(t.callerNameEnc, "hotline_ticket.caller_name_enc", t.id), cipher.decrypt(t.callerPhoneEnc, "hotline_ticket.caller_phone_enc", t.id), t.callerRelation, t.callerPlaceCode),
                concerned, List.copyOf(t.categories), cipher.decrypt(t.summaryEnc, "hotline_ticket.summary_enc", t.id),
                t.actions.stream().map(TicketAction::valueOf).toList(), t.outcome, cipher.decrypt(t.outcomeNoteEnc, "hotline_ticket.outcome_note_enc", t.id),
                t.assignedSubject == null ? null : new AssigneeView(t.assignedSubject, t.assignedName),
                t.caseId, t.caseNumber, t.referralId, t.escalatedAt, t.resolvedAt, t.closedAt, t.deidentifiedAt != null,
                callbacks, flags, previous, t.createdByName, t.createdAt, t.updatedAt, t.version);
    }

    private List<FlagView> activeFlags(UUID organizationId, String index, OffsetDateTime now) {
        return em.createQuery("FROM CallerFlag f WHERE f.organizationId = ?1 and f.phoneIndex = ?2 and f.liftedAt is null and f.expiresAt > ?3"
                        + " ORDER BY f.createdAt DESC", CallerFlag.class)
                .setParameter(1, organizationId).setParameter(2, index).setParameter(3, now).getResultList()
                .stream().map(this::flagView).toList();
    }

    private FlagView flagView(CallerFlag f) {
        return new FlagView(f.id, f.kind, cipher.decrypt(f.noteEnc, "hotline_caller_flag.note_enc", f.id), f.expiresAt, f.createdByName, f.createdAt);
    }

    CallbackView callbackView(TicketCallback c, OffsetDateTime now) {
        return new CallbackView(c.id, c.dueAt, cipher.decrypt(c.noteEnc, "hotline_callback.note_enc", c.id), c.status, cipher.decrypt(c.resultNoteEnc, "hotline_callback.result_note_enc", c.id), c.doneAt,
                c.scheduledByName, c.doneByName, c.overdue(now));
    }

    static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Column column : sort.getColumns()) {
            parts.add(column.getName() + (column.getDirection() == Sort.Direction.Descending ? " DESC" : ""));
        }
        return parts.isEmpty() ? "" : " ORDER BY " + String.join(", ", parts);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
