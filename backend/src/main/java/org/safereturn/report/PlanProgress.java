package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.place.PlaceService;
import org.safereturn.report.PlanDtos.ProgressView;
import org.safereturn.report.PlanDtos.TargetProgress;
import org.safereturn.report.PlanDtos.TrendPoint;

/**
 * A plan's targets against the actual values counted from the records now, in the caller's
 * scope (their organization's records, or every record for analysts). What analysts receive is
 * protected like a report: the numerator and, when it counts part of the denominator's records,
 * the rest of them, month by month, go through {@link SmallCells} (primary and complementary).
 */
@ApplicationScoped
class PlanProgress {
    static final String MEASURED = "MEASURED";
    static final String NO_DENOMINATOR = "NO_DENOMINATOR";
    static final String SUPPRESSED = "SUPPRESSED";
    static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";

    @Inject
    PlanService plans;
    @Inject
    IndicatorRepository indicators;
    @Inject
    ReportQueries queries;
    @Inject
    ReportScopes scopes;
    @Inject
    ReportService reports;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    ReportAgreements agreements;
    @Inject
    ReportCallers callers;

    /** One count of an indicator in the caller's scope: its total and, when the report has months, by month. */
    private record Counted(String scope, long total, Map<String, Long> byMonth, boolean placeApplied) {}

    @Transactional
    ProgressView of(UUID planId) {
        Plan plan = plans.readable(planId);
        List<PlanTarget> list = plans.targetsOf(plan);
        Map<UUID, Indicator> byId = new HashMap<>();
        list.forEach(t -> byId.computeIfAbsent(t.indicatorId, indicators::findById));
        Map<String, String> names = places.namesOf(list.stream().map(t -> t.placeCode).toList());
        ReportCaller caller = callers.current();
        int threshold = reports.threshold(caller);
        String scope = null;
        List<TargetProgress> items = new ArrayList<>();
        for (PlanTarget t : list) {
            Indicator i = byId.get(t.indicatorId);
            ReportPeriod period = ReportPeriod.parse(t.period);
            Counted num;
            Counted den;
            try {
                num = count(caller, i.numerator, period, t.placeCode);
                den = i.denominator == null ? null : count(caller, i.denominator, period, t.placeCode);
            } catch (ProblemException e) {
                if (e.status() != 403) {
                    throw e;
                }
                items.add(TargetProgress.of(t, i, names.get(t.placeCode), false, period, null, null, null, null, OUT_OF_SCOPE, List.of()));
                continue;
            }
            boolean protect = ReportScopes.ALL.equals(num.scope()) || den != null && ReportScopes.ALL.equals(den.scope());
            scope = protect ? ReportScopes.ALL : scope == null ? num.scope() : scope;
            items.add(progress(t, i, period, names.get(t.placeCode), num, den, protect ? threshold : 0));
        }
        audit.event("PLAN_PROGRESS_READ", "PLAN", plan.id).about(plan.organizationId).write();
        boolean protectedAnswer = ReportScopes.ALL.equals(scope);
        return new ProgressView(plan.id, plan.reference, plan.title, plan.year, scope == null ? "ORGANIZATION" : scope,
                protectedAnswer ? threshold : null, items);
    }

    private TargetProgress progress(PlanTarget t, Indicator i, ReportPeriod period, String placeName, Counted num, Counted den, int threshold) {
        boolean cumulative = den == null || den.byMonth() == null;
        boolean within = IndicatorRules.numeratorWithinDenominator(i.numerator, i.denominator);
        Long denTotal = den == null ? null : den.total();
        // What may be published: the numerator and (when part of the denominator) the rest, by month and in total.
        Withheld withheld = threshold > 0 ? withheld(period, num, within ? den : null, threshold) : Withheld.NONE;
        List<TrendPoint> trend = new ArrayList<>();
        if (num.byMonth() != null) {
            long running = 0;
            boolean runningWithheld = false;
            for (String month : period.months()) {
                long n = num.byMonth().getOrDefault(month, 0L);
                running += n;
                boolean hidden = withheld.months().contains(month);
                runningWithheld |= hidden;
                long shownNum = cumulative ? running : n;
                Long d = den == null ? null : cumulative ? den.total() : den.byMonth().getOrDefault(month, 0L);
                boolean suppressed = cumulative ? runningWithheld : hidden;
                BigDecimal value = suppressed ? null : i.value(shownNum, d);
                String status = suppressed ? SUPPRESSED : value == null ? NO_DENOMINATOR : MEASURED;
                trend.add(new TrendPoint(month, suppressed ? null : shownNum, suppressed && !cumulative && within ? null : d, value, status));
            }
        }
        if (withheld.total()) {
            return TargetProgress.of(t, i, placeName, num.placeApplied(), period, null, null, null, within ? null : denTotal, SUPPRESSED, trend);
        }
        BigDecimal actual = i.value(num.total(), denTotal);
        return TargetProgress.of(t, i, placeName, num.placeApplied(), period, actual, i.achievement(actual, t.target), num.total(), denTotal,
                actual == null ? NO_DENOMINATOR : MEASURED, trend);
    }

    /** The months whose figures are withheld, and whether the totals are. */
    private record Withheld(java.util.Set<String> months, boolean total) {
        static final Withheld NONE = new Withheld(java.util.Set.of(), false);
    }

    /**
     * A table of month × (counted, rest of the denominator) with a total line, protected as a
     * report is; a withheld cell withholds its month, a withheld total the whole answer.
     */
    private static Withheld withheld(ReportPeriod period, Counted num, Counted den, int threshold) {
        long restTotal = den == null ? 0 : Math.max(0, den.total() - num.total());
        boolean total = small(num.total(), threshold) || den != null && small(restTotal, threshold);
        java.util.Set<String> months = new java.util.HashSet<>();
        if (num.byMonth() != null) {
            List<SmallCells.Cell> cells = new ArrayList<>();
            for (String month : period.months()) {
                long n = num.byMonth().getOrDefault(month, 0L);
                cells.add(new SmallCells.Cell(List.of(month, "COUNTED"), n));
                if (den != null && den.byMonth() != null) {
                    cells.add(new SmallCells.Cell(List.of(month, "REST"), Math.max(0, den.byMonth().getOrDefault(month, 0L) - n)));
                }
            }
            SmallCells.suppress(cells, 2, threshold);
            cells.stream().filter(c -> c.suppressed).forEach(c -> months.add(c.key.get(0)));
        }
        return new Withheld(months, total);
    }

    private static boolean small(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    /** A count of one report with the indicator's conditions, in the place and the caller's scope. */
    private Counted count(ReportCaller caller, CountSpec spec, ReportPeriod period, String place) {
        ReportDefinition report = ReportCatalog.require(spec.report());
        agreements.require(caller, report.name());
        List<String> used = new ArrayList<>(spec.where().keySet());
        used.add("month");
        ReportDefinition d = report.sourceFor(used, period);
        List<ReportQueries.Filter> filters = new ArrayList<>();
        String scope = scopes.apply(caller, d, null, filters);
        boolean placeApplied = d.provinceExpr() != null;
        if (placeApplied) {
            filters.add(scopes.place(d, place));
        }
        int n = 0;
        for (Map.Entry<String, List<String>> e : spec.where().entrySet()) {
            ReportDefinition.Dimension dim = d.dimensions().get(e.getKey());
            String param = "w" + n++;
            filters.add(new ReportQueries.Filter("(" + dim.expr() + ") IN (:" + param + ")", Map.of(param, e.getValue())));
        }
        ReportDefinition.Dimension month = d.dimensions().get("month");
        Map<String, Long> byMonth = null;
        if (month != null) {
            byMonth = new LinkedHashMap<>();
            for (Map.Entry<List<String>, Long> e : queries.counts(d, List.of(month), period, filters).entrySet()) {
                byMonth.put(e.getKey().get(0), e.getValue());
            }
        }
        // A count or a sum adds up over the months: one query less. A count of distinct persons does not.
        boolean additive = !d.measure().toLowerCase(java.util.Locale.ROOT).contains("distinct");
        long total = byMonth != null && additive ? byMonth.values().stream().mapToLong(Long::longValue).sum()
                : queries.counts(d, List.of(), period, filters).values().stream().mapToLong(Long::longValue).sum();
        return new Counted(scope, total, byMonth, placeApplied);
    }

}
