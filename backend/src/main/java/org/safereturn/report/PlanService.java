package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.Text;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;
import org.safereturn.report.PlanDtos.PlanPage;
import org.safereturn.report.PlanDtos.PlanRequest;
import org.safereturn.report.PlanDtos.PlanSummary;
import org.safereturn.report.PlanDtos.PlanView;
import org.safereturn.report.PlanDtos.TargetRequest;
import org.safereturn.report.PlanDtos.TargetView;

/**
 * Plans and their targets. An organization's supervisors keep its plans; its social workers
 * read them; analysts read every plan. A plan outside the caller's reach is 404.
 */
@ApplicationScoped
class PlanService {
    private static final String PLAN = "PLAN";

    @Inject
    PlanRepository plans;
    @Inject
    PlanTargetRepository targets;
    @Inject
    IndicatorService indicators;
    @Inject
    IndicatorRepository indicatorRows;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    CurrentUser user;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    @Transactional
    PlanPage search(Integer year, Integer pageNumber, Integer pageSize) {
        org.safereturn.common.web.PageQuery pq = org.safereturn.common.web.PageQuery.of(pageNumber, pageSize, null, Map.of(),
                io.quarkus.panache.common.Sort.by("year"));
        int page = pq.page();
        int size = pq.size();
        UUID only = user.hasRole(Roles.ANALYST) ? null : organizations.callerOrganization();
        PlanRepository.Found found = plans.search(only, year, page, size);
        Map<String, String> placeNames = places.namesOf(found.plans().stream().map(p -> p.placeCode).toList());
        List<PlanSummary> items = found.plans().stream().map(p -> new PlanSummary(p.id, p.organizationId, organizationName(p.organizationId),
                p.reference, p.title, p.placeCode, placeNames.get(p.placeCode), p.year, p.version)).toList();
        return new PlanPage(items, page, size, found.total(), user.hasRole(Roles.SUPERVISOR) ? List.of("CREATE") : List.of());
    }

    @Transactional
    PlanView get(UUID id) {
        return view(readable(id));
    }

    @Transactional
    PlanView create(PlanRequest r) {
        if (!user.hasRole(Roles.SUPERVISOR)) {
            throw new ProblemException(403, "auth.forbidden", "Forbidden", "Supervisors keep their organization's plans");
        }
        checkPlace("placeCode", r.placeCode());
        Plan p = new Plan();
        p.id = UUID.randomUUID();
        p.organizationId = organizations.callerOrganization();
        p.createdByName = user.displayName();
        p.createdAt = now();
        p.describe(Text.blankToNull(r.reference()), r.title().trim(), r.placeCode().trim(), r.year(), r.adoptedOn(), Text.blankToNull(r.note()), now());
        plans.persist(p);
        audit.event("PLAN_CREATED", PLAN, p.id).about(p.organizationId).write();
        return view(p);
    }

    @Transactional
    PlanView update(UUID id, long expectedVersion, PlanRequest r) {
        Plan p = writable(id);
        if (p.version != expectedVersion) {
            throw Etags.stale();
        }
        checkPlace("placeCode", r.placeCode());
        if (r.year() != p.year) {
            for (PlanTarget t : targets.listOfPlan(p.id)) {
                if (ReportPeriod.parse(t.period).from().getYear() != r.year()) {
                    throw ProblemException.conflict("plan.targets-outside-year", "The plan has targets for " + t.period + ": change or remove them first");
                }
            }
        }
        p.describe(Text.blankToNull(r.reference()), r.title().trim(), r.placeCode().trim(), r.year(), r.adoptedOn(), Text.blankToNull(r.note()), now());
        Flushes.orStale(plans.getEntityManager());
        audit.event("PLAN_UPDATED", PLAN, p.id).about(p.organizationId).write();
        return view(p);
    }

    @Transactional
    void delete(UUID id, long expectedVersion) {
        Plan p = writable(id);
        if (p.version != expectedVersion) {
            throw Etags.stale();
        }
        targets.delete("planId", p.id);
        plans.delete(p);
        Flushes.orStale(plans.getEntityManager());
        audit.event("PLAN_DELETED", PLAN, p.id).about(p.organizationId).write();
    }

    @Transactional
    TargetView addTarget(UUID planId, TargetRequest r) {
        Plan p = writable(planId);
        PlanTarget t = new PlanTarget();
        t.id = UUID.randomUUID();
        t.planId = p.id;
        t.createdAt = now();
        Indicator i = setTarget(p, t, r);
        targets.persist(t);
        Flushes.orStale(targets.getEntityManager(), () -> targetExists(t.period));
        bumpPlan(p);
        audit.event("PLAN_TARGET_ADDED", PLAN, p.id).about(p.organizationId).details("{\"target\":\"" + t.id + "\"}").write();
        return targetView(t, i, canWrite(p));
    }

    @Transactional
    TargetView updateTarget(UUID planId, UUID targetId, long expectedVersion, TargetRequest r) {
        Plan p = writable(planId);
        PlanTarget t = targets.findInPlan(targetId, p.id).orElseThrow(() -> ProblemException.notFound("Plan target", targetId));
        if (t.version != expectedVersion) {
            throw Etags.stale();
        }
        Indicator i = setTarget(p, t, r);
        Flushes.orStale(targets.getEntityManager(), () -> targetExists(t.period));
        bumpPlan(p);
        audit.event("PLAN_TARGET_UPDATED", PLAN, p.id).about(p.organizationId).details("{\"target\":\"" + t.id + "\"}").write();
        return targetView(t, i, canWrite(p));
    }

    @Transactional
    void removeTarget(UUID planId, UUID targetId, long expectedVersion) {
        Plan p = writable(planId);
        PlanTarget t = targets.findInPlan(targetId, p.id).orElseThrow(() -> ProblemException.notFound("Plan target", targetId));
        if (t.version != expectedVersion) {
            throw Etags.stale();
        }
        targets.delete(t);
        Flushes.orStale(targets.getEntityManager());
        bumpPlan(p);
        audit.event("PLAN_TARGET_REMOVED", PLAN, p.id).about(p.organizationId).details("{\"target\":\"" + t.id + "\"}").write();
    }

    /** The plan if the caller may read it: analysts any, others their organization's; else 404. */
    Plan readable(UUID id) {
        Plan p = plans.findById(id);
        if (p == null || !(user.hasRole(Roles.ANALYST) || p.organizationId.equals(organizations.callerOrganization()))) {
            throw ProblemException.notFound("Plan", id);
        }
        return p;
    }

    List<PlanTarget> targetsOf(Plan p) {
        return targets.listOfPlan(p.id);
    }

    private Plan writable(UUID id) {
        Plan p = readable(id);
        if (!canWrite(p)) {
            throw new ProblemException(403, "auth.forbidden", "Forbidden", "Only the supervisors of the plan's organization change it");
        }
        return p;
    }

    private boolean canWrite(Plan p) {
        return user.hasRole(Roles.SUPERVISOR) && !user.hasRole(Roles.ANALYST) && p.organizationId.equals(organizations.callerOrganization());
    }

    /** A target's indicator must exist, its place lie in the plan's and its period in the plan's year; answers the indicator. */
    private Indicator setTarget(Plan p, PlanTarget t, TargetRequest r) {
        Indicator i = indicatorRows.findByCode(r.indicatorCode().trim())
                .orElseThrow(() -> ProblemException.invalid("indicatorCode", "'" + r.indicatorCode() + "' is not an indicator"));
        String place = r.placeCode() == null || r.placeCode().isBlank() ? p.placeCode : r.placeCode().trim();
        checkPlace("placeCode", place);
        if (!place.equals(p.placeCode) && !places.provinceOf(place).map(p.placeCode::equals).orElse(false)) {
            throw ProblemException.invalid("placeCode", "must be the plan's place " + p.placeCode + " or one of its communes");
        }
        String period = r.period() == null || r.period().isBlank() ? String.valueOf(p.year) : r.period().trim();
        ReportPeriod parsed;
        try {
            parsed = ReportPeriod.parse(period);
        } catch (ProblemException e) {
            throw ProblemException.invalid("period", "must be a year (2026), a quarter (2026Q1) or a month (2026-03)");
        }
        if (parsed.from().getYear() != p.year) {
            throw ProblemException.invalid("period", "must lie in the plan's year " + p.year);
        }
        if (targets.taken(p.id, i.id, place, period, t.id)) {
            throw targetExists(period);
        }
        t.set(i.id, place, period, r.target(), now());
        return i;
    }

    /** A change of a target is a change of the plan: its ETag moves, so a stale copy of the plan is noticed. */
    private void bumpPlan(Plan p) {
        p.updatedAt = now();
        plans.getEntityManager().lock(p, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void checkPlace(String field, String code) {
        if (code == null || code.isBlank() || !places.exists(code.trim())) {
            throw ProblemException.invalid(field, "is not a known administrative unit");
        }
    }

    private PlanView view(Plan p) {
        boolean write = canWrite(p);
        List<PlanTarget> list = targets.listOfPlan(p.id);
        Map<UUID, Indicator> byId = new HashMap<>();
        for (PlanTarget t : list) {
            byId.computeIfAbsent(t.indicatorId, indicatorRows::findById);
        }
        Set<String> codes = new HashSet<>();
        codes.add(p.placeCode);
        list.forEach(t -> codes.add(t.placeCode));
        Map<String, String> names = places.namesOf(codes);
        List<TargetView> views = new ArrayList<>();
        for (PlanTarget t : list) {
            views.add(TargetView.of(t, byId.get(t.indicatorId), names.get(t.placeCode), write));
        }
        List<String> actions = new ArrayList<>();
        if (write) {
            actions.addAll(List.of("UPDATE", "DELETE", "ADD_TARGET"));
        }
        actions.add("VIEW_PROGRESS");
        return new PlanView(p.id, p.organizationId, organizationName(p.organizationId), p.reference, p.title, p.placeCode, names.get(p.placeCode),
                p.year, p.adoptedOn, p.note, views, p.createdByName, p.version, actions);
    }

    private TargetView targetView(PlanTarget t, Indicator i, boolean write) {
        return TargetView.of(t, i, places.namesOf(List.of(t.placeCode)).get(t.placeCode), write);
    }

    private String organizationName(UUID id) {
        return organizations.summary(id).map(s -> s.nameVi()).orElse(null);
    }

    private static ProblemException targetExists(String period) {
        return ProblemException.conflict("plan.target-exists", "The plan has a target for this indicator, place and period (" + period + ")");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
