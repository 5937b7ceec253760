package org.safereturn.referral;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CaseService;
import org.safereturn.cases.SharedCase;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.persistence.Counts;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.webhook.WebhookOutbox;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.common.web.Text;
import org.safereturn.consent.ConsentService;
import org.safereturn.consent.Disclosure;
import org.safereturn.consent.FieldGroup;
import org.safereturn.directory.DirectoryDtos.OrganizationSummary;
import org.safereturn.directory.OrganizationService;
import org.safereturn.directory.ServiceCatalog;
import org.safereturn.directory.ServiceType;
import org.safereturn.referral.ReferralDtos.ReferralRequest;
import org.safereturn.referral.ReferralDtos.ReferralSummary;
import org.safereturn.referral.ReferralDtos.ReferralView;
import org.safereturn.referral.ReferralLifecycle.Act;
import org.safereturn.referral.ReferralLifecycle.Side;
import org.safereturn.common.persistence.NativeValues;

/**
 * Referrals between organizations. The sender creates one from a case of its organization and
 * sends it; the receiver answers and works it; both see every step. A referral is visible to
 * the two organizations only (404 for any other), never to the receiver while a draft; what the
 * receiver sees of the case is what the consent ledger shares with it at the moment of reading.
 */
@ApplicationScoped
public class ReferralService {
    static final String RECORD = "REFERRAL";
    /** Dates such as requestedBy are read in Vietnam's time zone. */
    private static final java.time.ZoneId VIETNAM = org.safereturn.common.time.VietnamTime.ZONE;
    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "sentAt", "sentAt", "updatedAt", "updatedAt", "answerDueAt", "answerDueAt",
            "status", "status", "urgency", "urgency");

    @Inject
    ReferralRepository referrals;
    @Inject
    CaseService cases;
    @Inject
    ClubReferrals clubSubjects;
    @Inject
    ReferralCaseLinks caseLinks;
    @Inject
    ConsentService consents;
    @Inject
    OrganizationService organizations;
    @Inject
    ServiceCatalog services;
    @Inject
    AuditService audit;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    FieldCipher cipher;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    WebhookOutbox webhooks;
    @Inject
    Clock clock;
    @Inject
    ReferralDeadlines deadlines;
    @Inject
    Event<ReferralOpened> referralOpened;
    @Inject
    org.safereturn.consent.ConsentConfig consentConfig;

    @Transactional
    ReferralView create(ReferralRequest r, String idempotencyKey) {
        UUID organizationId = organizations.callerOrganization();
        String id = idempotency.once(idempotencyKey, "createReferral", r, () -> open(r, organizationId).toString());
        return view(find(UUID.fromString(id)), Side.SENDER);
    }

    private UUID open(ReferralRequest r, UUID organizationId) {
        CaseService.CaseRef ref = cases.requireInScope(r.caseId());
        ServiceType type = validate(r, organizationId, ref);
        Set<String> groups = groupNames(r.fieldGroups());
        String overrideReason = consentOrOverride(ref.id(), r.receiverOrganizationId(), groups, r.emergencyOverride());
        OffsetDateTime now = now();
        Referral x = new Referral();
        x.id = UUID.randomUUID();
        x.caseId = ref.id();
        x.caseNumber = ref.caseNumber();
        x.senderOrganizationId = organizationId;
        x.receiverOrganizationId = r.receiverOrganizationId();
        x.serviceId = r.serviceId();
        x.serviceType = type;
        x.urgency = r.urgency();
        x.reasonEnc = cipher.encrypt(r.reason().trim(), "referral.reason_enc", x.id);
        x.requestedBy = r.requestedBy();
        x.sharedFieldGroups = List.copyOf(groups);
        if (overrideReason != null) {
            x.overrideReasonEnc = cipher.encrypt(overrideReason, "referral.override_reason_enc", x.id);
            x.overrideByName = user.displayName();
            x.overrideAt = now;
            x.overrideEndsAt = now.plus(consentConfig.overrideLasts());
        }
        x.previousReferralId = r.previousReferralId();
        x.status = ReferralStatus.DRAFT;
        x.createdBySubject = user.subject();
        x.createdByName = user.displayName();
        x.createdAt = now;
        x.updatedAt = now;
        referrals.persist(x);
        step(x, ReferralEvent.Type.CREATED, null);
        audit.record(overrideReason == null ? "REFERRAL_CREATED" : "REFERRAL_CREATED_OVERRIDE", RECORD, x.id,
                String.join(",", groups), null, "{\"case\":\"" + x.caseId + "\"}");
        if (r.hotlineTicketId() != null) {
            referralOpened.fire(new ReferralOpened(x.id, x.caseId, organizationId, r.hotlineTicketId()));
        }
        return x.id;
    }

    @Transactional
    ReferralView get(UUID id) {
        Referral x = find(id);
        Side side = sideOrNotFound(x);
        audit.record("REFERRAL_READ", RECORD, x.id, null, null, null);
        return view(x, side);
    }

    @Transactional
    ReferralDtos.ReferralPage list(String direction, ReferralStatus status, Boolean overdue, UUID caseId,
                                   Integer page, Integer size, String sort) {
        UUID organizationId = organizations.callerOrganization();
        boolean incoming = "incoming".equals(direction);
        if (!incoming && !"outgoing".equals(direction)) {
            throw ProblemException.invalid("direction", "must be incoming or outgoing");
        }
        PageQuery pq = PageQuery.of(page, size, sort, SORTABLE,
                Sort.by(incoming ? "sentAt" : "createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("org", organizationId);
        // Status literals, not parameters, where a partial index depends on them: a prepared
        // statement's generic plan can only use the index when the predicate is in the SQL itself.
        if (incoming) {
            where.add("receiverOrganizationId = :org and status <> org.safereturn.referral.ReferralStatus.DRAFT");
        } else {
            where.add("senderOrganizationId = :org");
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (overdue != null) {
            String late = "status = org.safereturn.referral.ReferralStatus.SENT and answerDueAt < :now";
            where.add(overdue ? late : "not (" + late + ")");
            params.put("now", now());
        }
        if (caseId != null) {
            where.add("caseId = :case");
            params.put("case", caseId);
        }
        var query = referrals.find(String.join(" and ", where), pq.sort(), params).page(pq.panachePage());
        OffsetDateTime now = now();
        Map<UUID, OrganizationSummary> names = new HashMap<>();
        List<ReferralSummary> items = query.list().stream().map(x -> new ReferralSummary(x.id, x.caseId, x.caseNumber,
                x.caseId != null ? "CASE" : x.outreachContactId != null ? "OUTREACH" : "CLUB_MEMBER", organization(names, x.senderOrganizationId), organization(names, x.receiverOrganizationId), x.serviceType, x.urgency,
                x.status, x.overdue(now), x.answerDueAt, x.sentAt, x.createdAt, x.updatedAt)).toList();
        var ids = em.createQuery("SELECT id FROM Referral WHERE " + String.join(" and ", where), UUID.class);
        params.forEach(ids::setParameter);
        Counts.Total total = Counts.upToCap(ids);
        return new ReferralDtos.ReferralPage(items, pq.page(), pq.size(), total.total(), total.exact());
    }

    /**
     * Takes one step of the lifecycle. The row is locked for the step, so of two parties acting
     * at once one wins and the other gets 409 (the step is no longer allowed) or 412 (If-Match
     * names an older version). A retry with the same Idempotency-Key changes nothing more.
     */
    @Transactional
    ReferralView act(UUID id, Act act, String ifMatch, String idempotencyKey, StepInput input) {
        UUID organizationId = organizations.callerOrganization();
        idempotency.once(idempotencyKey, act.path() + "Referral:" + id, input, () -> {
            apply(id, act, ifMatch, organizationId, input);
            return id.toString();
        });
        Referral x = find(id);
        return view(x, x.sideOf(organizationId));
    }

    /** What a step carries: a note, a reason, an outcome; each step reads what it needs. */
    record StepInput(String note, String reason, Outcome outcome) {}

    private void apply(UUID id, Act act, String ifMatch, UUID organizationId, StepInput input) {
        Referral x = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (x == null) {
            throw ProblemException.notFound("Referral", id);
        }
        Side side = x.sideOf(organizationId);
        if (side == null) {
            throw ProblemException.notFound("Referral", id);
        }
        Etags.check(ifMatch, x.version);
        Side needed = ReferralLifecycle.side(act);
        if (needed != side) {
            throw new ProblemException(403, "referral.wrong-side", "Not your step",
                    "Only the " + (needed == Side.SENDER ? "sending" : "receiving") + " organization may " + act.path() + " a referral");
        }
        if (side == Side.SENDER && user.hasRole(Roles.PARTNER) && !user.hasRole(Roles.SOCIAL_WORKER) && !user.hasRole(Roles.SUPERVISOR)) {
            throw new ProblemException(403, "auth.forbidden", "Forbidden", "Partners answer referrals; sending needs a social worker");
        }
        ReferralStatus to = ReferralLifecycle.next(x.status, act);
        OffsetDateTime now = now();
        ReferralEvent.Type type;
        String note = Text.blankToNull(input.note() == null ? null : input.note().trim());
        switch (act) {
            case SEND -> {
                // Consent may have been withdrawn, or the override ended, since the draft was written: check again.
                boolean overriding = x.overrideAt != null && disclosure(x).overriding();
                consentOrOverride(x.caseId, x.receiverOrganizationId, Set.copyOf(x.sharedFieldGroups),
                        overriding ? new ReferralDtos.EmergencyOverride(reason(x.overrideReasonEnc, "referral.override_reason_enc", x)) : null);
                x.sentAt = now;
                x.answerDueAt = ReferralLifecycle.answerDue(x.urgency, now, deadlines.byUrgency());
                type = ReferralEvent.Type.SENT;
            }
            case ACCEPT -> {
                x.answeredAt = now;
                type = ReferralEvent.Type.ACCEPTED;
            }
            case DECLINE -> {
                x.answeredAt = now;
                note = input.reason().trim();
                x.declineReasonEnc = cipher.encrypt(note, "referral.decline_reason_enc", x.id);
                type = ReferralEvent.Type.DECLINED;
            }
            case START -> type = ReferralEvent.Type.STARTED;
            case COMPLETE -> {
                x.completedAt = now;
                x.outcome = input.outcome();
                x.outcomeNoteEnc = cipher.encrypt(note, "referral.outcome_note_enc", x.id);
                type = ReferralEvent.Type.COMPLETED;
            }
            case CANCEL -> {
                note = input.reason().trim();
                x.cancelReasonEnc = cipher.encrypt(note, "referral.cancel_reason_enc", x.id);
                type = ReferralEvent.Type.CANCELLED;
            }
            case ESCALATE -> {
                x.escalatedAt = now;
                type = ReferralEvent.Type.ESCALATED;
            }
            default -> throw new IllegalStateException("unhandled " + act);
        }
        x.status = to;
        x.updatedAt = now;
        Flushes.orStale(em);
        step(x, type, note);
        String receiver = organizationName(x.receiverOrganizationId);
        if (x.caseId != null) {
            cases.recordEvent(x.caseId, "REFERRAL_" + type.name(), CaseService.eventParams("referral", x.id, "serviceType", x.serviceType,
                            "outcome", x.outcome, "organization", receiver),
                    "Referral " + type.name().toLowerCase() + ": " + x.serviceType + " with " + receiver);
        }
        audit.record("REFERRAL_" + type.name(), RECORD, x.id, null, null, null);
    }

    /** The referral as the caller's side sees it now. */
    ReferralView viewFor(UUID id) {
        Referral x = find(id);
        return view(x, sideOrNotFound(x));
    }

    @Transactional
    ReferralDtos.Step comment(UUID id, String text, String idempotencyKey) {
        UUID organizationId = organizations.callerOrganization();
        String stepId = idempotency.once(idempotencyKey, "commentReferral:" + id, text, () -> {
            Referral x = find(id);
            if (x.sideOf(organizationId) == null) {
                throw ProblemException.notFound("Referral", id);
            }
            x.updatedAt = now();
            ReferralEvent e = step(x, ReferralEvent.Type.COMMENTED, text.trim());
            audit.record("REFERRAL_COMMENTED", RECORD, x.id, null, null, null);
            return e.id.toString();
        });
        return stepView(em.find(ReferralEvent.class, Long.valueOf(stepId)));
    }

    @Transactional
    ReferralDtos.CommentList comments(UUID id) {
        Referral x = find(id);
        sideOrNotFound(x);
        audit.event("REFERRAL_COMMENTS_READ", RECORD, x.id).write();
        return new ReferralDtos.CommentList(history(x).stream().filter(s -> s.type() == ReferralEvent.Type.COMMENTED).toList());
    }

    /**
     * The changes of referrals the caller's organization is party to, after {@code since}, in
     * commit order: ordered by writing transaction, and only transactions older than any still
     * running, so a change committed late can never appear behind a cursor already handed out.
     */
    @Transactional
    ReferralDtos.Changes changes(String since, Integer limit) {
        UUID organizationId = organizations.callerOrganization();
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > 1000) {
            throw ProblemException.invalid("limit", "must be 1 to 1000");
        }
        long[] cursor = ChangeCursor.parse(since);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(e.tx AS text), e.id, e.referral_id, e.type, e.status, e.occurred_at, e.actor_organization_id
                FROM referral_event e
                WHERE (e.sender_organization_id = ?1 OR (e.receiver_organization_id = ?1 AND e.receiver_visible))
                  AND (e.tx, e.id) > (CAST(CAST(?2 AS text) AS xid8), ?3)
                  AND e.tx < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY e.tx, e.id
                LIMIT ?4""")
                .setParameter(1, organizationId).setParameter(2, Long.toString(cursor[0])).setParameter(3, cursor[1])
                .setParameter(4, n).getResultList();
        List<ReferralDtos.Change> items = new ArrayList<>();
        for (Object[] row : rows) {
            String next = ChangeCursor.format(Long.parseLong((String) row[0]), ((Number) row[1]).longValue());
            items.add(new ReferralDtos.Change(next, (UUID) row[2], ReferralEvent.Type.valueOf((String) row[3]),
                    ReferralStatus.valueOf((String) row[4]), NativeValues.offsetDateTime(row[5]), (UUID) row[6]));
        }
        return new ReferralDtos.Changes(items, items.isEmpty() ? ChangeCursor.format(cursor[0], cursor[1]) : items.getLast().cursor());
    }

    private ServiceType validate(ReferralRequest r, UUID organizationId, CaseService.CaseRef ref) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ServiceType type = r.serviceType();
        if (ref.closed()) {
            throw ProblemException.conflict("referral.case-closed", "Case " + ref.caseNumber() + " is closed; reopen it to refer");
        }
        if (r.receiverOrganizationId().equals(organizationId)) {
            errors.add(new Problem.FieldError("receiverOrganizationId", "must be another organization than yours"));
        } else if (!organizations.exists(r.receiverOrganizationId())) {
            errors.add(new Problem.FieldError("receiverOrganizationId", "is not an organization of the directory"));
        } else if (!organizations.active(r.receiverOrganizationId())) {
            errors.add(new Problem.FieldError("receiverOrganizationId", "is not active"));
        }
        if (r.serviceId() != null) {
            var offer = services.offer(r.serviceId());
            if (offer.isEmpty()) {
                errors.add(new Problem.FieldError("serviceId", "is not a service of the directory"));
            } else if (!offer.get().organizationId().equals(r.receiverOrganizationId())) {
                errors.add(new Problem.FieldError("serviceId", "is not offered by the receiving organization"));
            } else if (!offer.get().active()) {
                errors.add(new Problem.FieldError("serviceId", "is not active"));
            } else if (type != null && type != offer.get().type()) {
                errors.add(new Problem.FieldError("serviceType", "must be the service's type, " + offer.get().type()));
            } else {
                type = offer.get().type();
            }
        } else if (type == null) {
            errors.add(new Problem.FieldError("serviceType", "is required when no serviceId is given"));
        }
        if (r.fieldGroups().isEmpty() && r.emergencyOverride() != null) {
            errors.add(new Problem.FieldError("emergencyOverride", "is only needed to share field groups"));
        }
        LocalDate today = now().atZoneSameInstant(VIETNAM).toLocalDate();
        if (r.requestedBy() != null && r.requestedBy().isBefore(today)) {
            errors.add(new Problem.FieldError("requestedBy", "must be today or later"));
        }
        if (r.previousReferralId() != null) {
            Referral previous = referrals.findByIdOptional(r.previousReferralId()).orElse(null);
            if (previous == null || !previous.senderOrganizationId.equals(organizationId) || !previous.caseId.equals(ref.id())) {
                errors.add(new Problem.FieldError("previousReferralId", "is not a referral of this case sent by your organization"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation.failed", "The request is not valid", errors.size() + " field(s) are not valid", errors);
        }
        return type;
    }

    /**
     * Null when the consent ledger covers sharing {@code groups} with the receiver; the override's
     * reason when a supervisor shares beyond it in an emergency; else 409 referral.consent-missing.
     */
    private String consentOrOverride(UUID caseId, UUID receiverId, Set<String> groups, ReferralDtos.EmergencyOverride override) {
        Set<String> consented = groupNames(consents.sharedFieldGroups(caseId, receiverId));
        Set<String> missing = new LinkedHashSet<>(groups);
        missing.removeAll(consented);
        if (missing.isEmpty()) {
            return null;
        }
        if (override == null) {
            throw ProblemException.conflict("referral.consent-missing", "The person has not consented to share " + String.join(", ", missing)
                    + " with this organization; record the consent first, or a supervisor may override in an emergency");
        }
        if (!user.hasRole(Roles.SUPERVISOR)) {
            throw new ProblemException(403, "referral.override-needs-supervisor", "Forbidden",
                    "Only a supervisor may share beyond the consent, with a reason");
        }
        return override.reason().trim();
    }

    /** What the receiver may see of the case now; the sender is shown the same, to know what is shared. */
    private SharedCase shared(Referral x, Side side, Disclosure d) {
        if (x.caseId == null) {
            return null;
        }
        return cases.sharedView(x.caseId, x.status.ended() ? Disclosure.NOTHING : d, side == Side.RECEIVER ? "referral " + x.id : null);
    }

    /** Per person of the case, what the receiver may see now: their own consents, or the override while it lasts. */
    private Disclosure disclosure(Referral x) {
        Set<FieldGroup> requested = x.sharedFieldGroups.stream().map(FieldGroup::valueOf)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(FieldGroup.class)));
        return consents.disclosure(x.caseId, x.receiverOrganizationId, requested,
                reason(x.overrideReasonEnc, "referral.override_reason_enc", x), x.overrideByName,
                x.overrideAt, x.overrideEndsAt);
    }

    private static ReferralDtos.OverrideView overrideView(Referral x, Disclosure d) {
        Disclosure.Override o = d == null ? null : d.override();
        if (o == null) {
            return null;
        }
        return new ReferralDtos.OverrideView(o.reason(), o.byName(), o.startedAt(), o.effectiveEnd(), o.active() && !x.status.ended(),
                o.endedAt() != null && o.endedAt().isBefore(o.endsAt()));
    }

    private ReferralView view(Referral x, Side side) {
        Map<UUID, OrganizationSummary> names = new HashMap<>();
        Disclosure d = x.caseId == null ? null : disclosure(x);
        return new ReferralView(x.id, x.caseId, organization(names, x.senderOrganizationId), organization(names, x.receiverOrganizationId),
                x.serviceId, x.serviceType, x.urgency, cipher.decrypt(x.reasonEnc, "referral.reason_enc", x.id), x.requestedBy, x.sharedFieldGroups,
                overrideView(x, d), x.status, x.overdue(now()), x.answerDueAt, x.sentAt, x.answeredAt, x.completedAt,
                reason(x.declineReasonEnc, "referral.decline_reason_enc", x),
                x.outcome, cipher.decrypt(x.outcomeNoteEnc, "referral.outcome_note_enc", x.id),
                reason(x.cancelReasonEnc, "referral.cancel_reason_enc", x), x.escalatedAt, x.previousReferralId,
                side == null ? null : side.name(), shared(x, side, d),
                x.status.ended() ? null : clubSubjects.open(x), caseLinks.linkOf(x, side), caseLinks.steps(x, side), history(x), x.createdByName, x.createdAt, x.updatedAt, x.version);
    }

    private List<ReferralDtos.Step> history(Referral x) {
        return em.createQuery("FROM ReferralEvent e WHERE e.referralId = ?1 ORDER BY e.id", ReferralEvent.class)
                .setParameter(1, x.id).getResultList().stream().map(this::stepView).toList();
    }

    /** A reason of the referral: encrypted, or plaintext written before reasons were (until the re-encryption job). */
    private String reason(String value, String field, Referral x) {
        return cipher.decryptOrLegacyPlain(value, field, x.id);
    }

    private ReferralDtos.Step stepView(ReferralEvent e) {
        return new ReferralDtos.Step(e.id, e.occurredAt, e.type, e.status, e.actorName, e.actorOrganizationId, cipher.decrypt(e.noteEnc, "referral_event.note_enc", e.referralId));
    }

    /** Records a step of the referral and queues it for the webhooks (also for referrals opened elsewhere in this package). */
    ReferralEvent step(Referral x, ReferralEvent.Type type, String note) {
        ReferralEvent e = new ReferralEvent();
        e.referralId = x.id;
        e.senderOrganizationId = x.senderOrganizationId;
        e.receiverOrganizationId = x.receiverOrganizationId;
        e.receiverVisible = x.status != ReferralStatus.DRAFT;
        e.occurredAt = now();
        e.type = type;
        e.status = x.status;
        e.actorSubject = user.subject();
        e.actorName = user.displayName();
        e.actorOrganizationId = user.organizationId().orElse(null);
        e.noteEnc = cipher.encrypt(note, "referral_event.note_enc", x.id);
        em.persist(e);
        announce(x, e);
        return e;
    }

    /**
     * Queues the step for the webhooks of both sides (the receiver's only once the referral was
     * sent): ids and codes, never the note or anything of the case.
     */
    private void announce(Referral x, ReferralEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", x.id);
        data.put("status", x.status);
        data.put("urgency", x.urgency);
        data.put("senderOrganizationId", x.senderOrganizationId);
        data.put("receiverOrganizationId", x.receiverOrganizationId);
        data.put("actorOrganizationId", e.actorOrganizationId);
        webhooks.publish("referral." + e.type.name().toLowerCase(java.util.Locale.ROOT), e.occurredAt, data,
                e.receiverVisible ? List.of(x.senderOrganizationId, x.receiverOrganizationId) : List.of(x.senderOrganizationId));
    }

    private Side sideOrNotFound(Referral x) {
        Side side = x.sideOf(organizations.callerOrganization());
        if (side == null) {
            audit.event("REFERRAL_READ_REFUSED", RECORD, x.id).about(x.senderOrganizationId).writeAlone();
            throw ProblemException.notFound("Referral", x.id);
        }
        return side;
    }

    Referral find(UUID id) {
        return referrals.findByIdOptional(id).orElseThrow(() -> {
            audit.event("REFERRAL_READ_REFUSED", RECORD, id).writeAlone();
            return ProblemException.notFound("Referral", id);
        });
    }

    private OrganizationSummary organization(Map<UUID, OrganizationSummary> cache, UUID id) {
        return cache.computeIfAbsent(id, k -> organizations.summary(k).orElse(null));
    }

    private String organizationName(UUID id) {
        return organizations.summary(id).map(OrganizationSummary::nameVi).orElse(id.toString());
    }

    /** The groups' names in FieldGroup order. */
    private static Set<String> groupNames(java.util.Collection<FieldGroup> groups) {
        return groups.stream().sorted().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
