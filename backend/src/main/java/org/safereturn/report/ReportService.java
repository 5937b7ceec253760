package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;
import org.safereturn.report.ReportDefinition.Dimension;

/**
 * Answers an aggregate report for the caller. Analysts (and integrators' clients) see every
 * organization's records with small cells protected; social workers and supervisors their own
 * organization's, and club coordinators their club's, without suppression; supervisors of a
 * Social Work Centre or a Women's Union see the clubs of their province.
 */
@ApplicationScoped
class ReportService {
    static final int MAX_DIMENSIONS = 3;
    static final int MAX_CELLS = 50_000;

    @Inject
    ReportQueries queries;
    @Inject
    ReportScopes scopes;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    ReportAgreements agreements;
    @Inject
    ReportCallers callers;

    ReportDtos.CatalogView catalog() {
        ReportCaller caller = callers.current();
        return new ReportDtos.CatalogView(ReportCatalog.ALL.values().stream().filter(d -> agreements.allows(caller, d.name()))
                .map(d -> new ReportDtos.DefinitionView(d.name(), d.title(), d.description(), List.copyOf(d.dimensions().keySet()),
                        d.provinceExpr() != null, d.amount() == null ? null : d.amount().unit())).toList());
    }

    @Transactional
    ReportDtos.ReportView run(String name, ReportPeriod period, String place, UUID organizationId, String groupBy, boolean zeros) {
        return run(callers.current(), name, period, place, organizationId, groupBy, zeros);
    }

    /** The report as this caller may see it (the requester of a queued export). */
    @Transactional
    ReportDtos.ReportView run(ReportCaller caller, String name, ReportPeriod period, String place, UUID organizationId, String groupBy, boolean zeros) {
        Asked asked = ask(caller, name, period, place, organizationId, groupBy);
        ReportDefinition d = asked.definition();
        ReportDefinition source = asked.source();
        List<Dimension> dims = asked.dimensions();
        List<ReportQueries.Filter> filters = asked.filters();
        String scope = asked.scope();
        boolean protect = ReportScopes.ALL.equals(scope);
        Map<List<String>, Double> amounts = d.amount() == null ? null : new HashMap<>();
        Map<List<String>, Long> counts = queries.counts(source, dims, period, filters, amounts);
        List<SmallCells.Cell> grid = grid(dims, counts, period, zeros || protect);
        int threshold = agreements.threshold(caller);
        SmallCells.Outcome outcome = protect ? SmallCells.suppress(grid, dims.size(), threshold) : null;
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<ReportDtos.Cell> cells = new ArrayList<>();
        for (SmallCells.Cell c : grid) {
            if (c.count == 0 && !zeros && !c.suppressed) {
                continue;
            }
            Map<String, String> key = new LinkedHashMap<>();
            for (int i = 0; i < dims.size(); i++) {
                key.put(dims.get(i).name(), c.key.get(i));
            }
            cells.add(new ReportDtos.Cell(key, c.suppressed ? null : c.count, c.suppressed,
                    amounts == null || c.suppressed ? null : rounded(amounts.getOrDefault(c.key, d.amount().additive() ? 0.0 : null))));
        }
        audit.event("REPORT_READ", "REPORT", d.name()).actor(caller.subject(), caller.username(), caller.organizationId())
                .details("{\"report\":\"" + d.name() + "\",\"groupBy\":\"" + String.join(",", dims.stream().map(Dimension::name).toList())
                        + "\",\"period\":\"" + period.label() + "\",\"scope\":\"" + scope + "\"}").write();
        return new ReportDtos.ReportView(d.name(), d.title(), d.description(),
                ReportDtos.PeriodView.of(period), dims.stream().map(Dimension::name).toList(),
                place == null || place.isBlank() ? null : place.trim(), organizationId == null ? null : organizationId.toString(), scope, zeros,
                cells, protect && total > 0 && total < threshold ? null : total, labels(dims, grid),
                outcome == null ? null : new ReportDtos.SuppressionView(threshold, outcome.primary(), outcome.complementary()),
                d.amount() == null ? null : d.amount().unit(),
                amounts == null || protect && total > 0 && total < threshold ? null : rounded(totalAmount(source, dims, period, filters, amounts)));
    }

    /** The amount of every record together: the cells' sum, or for a median one more query over all records. */
    private Double totalAmount(ReportDefinition d, List<Dimension> dims, ReportPeriod period, List<ReportQueries.Filter> filters,
                               Map<List<String>, Double> amounts) {
        if (d.amount().additive()) {
            return amounts.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        if (dims.isEmpty()) {
            return amounts.get(List.of());
        }
        Map<List<String>, Double> all = new HashMap<>();
        queries.counts(d, List.of(), period, filters, all);
        return all.get(List.of());
    }

    private static Double rounded(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }

    /** Checks a report request without running it: the report, the agreement, the dimensions, the scope and the place (for a queued export). */
    void check(ReportCaller caller, String name, String place, UUID organizationId, String groupBy) {
        ask(caller, name, null, place, organizationId, groupBy);
    }

    /**
     * A request checked and resolved: the report, where it is counted from (its rollup when that
     * has every dimension asked, else its records), the dimensions as that source states them, the
     * filters of the caller's scope and the place, and the scope's name.
     */
    private record Asked(ReportDefinition definition, ReportDefinition source, List<Dimension> dimensions, List<ReportQueries.Filter> filters,
                         String scope) {}

    private Asked ask(ReportCaller caller, String name, ReportPeriod period, String place, UUID organizationId, String groupBy) {
        ReportDefinition d = ReportCatalog.require(name);
        agreements.require(caller, d.name());
        List<Dimension> asked = dimensions(d, groupBy);
        ReportDefinition source = d.sourceFor(asked.stream().map(Dimension::name).toList(), period);
        List<Dimension> dims = asked.stream().map(dim -> source.dimensions().get(dim.name())).toList();
        List<ReportQueries.Filter> filters = new ArrayList<>();
        String scope = scopes.apply(caller, source, organizationId, filters);
        if (place != null && !place.isBlank()) {
            filters.add(scopes.place(source, place.trim()));
        }
        return new Asked(d, source, dims, filters, scope);
    }

    private List<Dimension> dimensions(ReportDefinition d, String groupBy) {
        List<Dimension> dims = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dims;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String raw : groupBy.split(",")) {
            String n = raw.trim();
            if (n.isEmpty()) {
                continue;
            }
            Dimension dim = d.dimensions().get(n);
            if (dim == null) {
                throw ProblemException.invalid("groupBy", "'" + n + "' is not a dimension of " + d.name() + ": " + String.join(", ", d.dimensions().keySet()));
            }
            if (names.add(n)) {
                dims.add(dim);
            }
        }
        if (dims.size() > MAX_DIMENSIONS) {
            throw ProblemException.invalid("groupBy", "at most " + MAX_DIMENSIONS + " dimensions");
        }
        return dims;
    }

    /**
     * Every combination of the dimensions' values (their domain, the period's months, and any
     * value seen) when zeros are wanted or small cells must be protected; else the combinations seen.
     */
    private static List<SmallCells.Cell> grid(List<Dimension> dims, Map<List<String>, Long> counts, ReportPeriod period, boolean full) {
        if (!full || dims.isEmpty()) {
            List<SmallCells.Cell> cells = new ArrayList<>();
            counts.forEach((k, v) -> cells.add(new SmallCells.Cell(k, v)));
            if (dims.isEmpty() && cells.isEmpty()) {
                cells.add(new SmallCells.Cell(List.of(), 0));
            }
            cells.sort(java.util.Comparator.comparing(c -> String.join("\u0000", c.key)));
            return cells;
        }
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            Set<String> domain = new LinkedHashSet<>();
            Dimension dim = dims.get(i);
            if ("month".equals(dim.name())) {
                domain.addAll(period.months());
            } else if (dim.domain() != null) {
                domain.addAll(dim.domain());
            }
            final int at = i;
            counts.keySet().stream().map(k -> k.get(at)).sorted().forEach(domain::add);
            values.add(List.copyOf(domain));
        }
        long size = values.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (size > MAX_CELLS) {
            throw ProblemException.invalid("groupBy", "the table would have " + size + " cells (at most " + MAX_CELLS + "): group by fewer dimensions");
        }
        List<SmallCells.Cell> cells = new ArrayList<>();
        combine(values, 0, new ArrayList<>(), counts, cells);
        return cells;
    }

    private static void combine(List<List<String>> values, int at, List<String> prefix, Map<List<String>, Long> counts, List<SmallCells.Cell> out) {
        if (at == values.size()) {
            List<String> key = List.copyOf(prefix);
            out.add(new SmallCells.Cell(key, counts.getOrDefault(key, 0L)));
            return;
        }
        for (String v : values.get(at)) {
            prefix.add(v);
            combine(values, at + 1, prefix, counts, out);
            prefix.removeLast();
        }
    }

    private Map<String, Map<String, String>> labels(List<Dimension> dims, List<SmallCells.Cell> grid) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension dim = dims.get(i);
            if (dim.labels() == ReportDefinition.Labels.NONE) {
                continue;
            }
            final int at = i;
            Set<String> codes = new LinkedHashSet<>();
            grid.forEach(c -> codes.add(c.key.get(at)));
            Map<String, String> names = new HashMap<>();
            if (dim.labels() == ReportDefinition.Labels.PLACE) {
                names.putAll(places.namesOf(codes));
            } else {
                for (String code : codes) {
                    try {
                        organizations.summary(UUID.fromString(code)).ifPresent(s -> names.put(code, s.nameVi()));
                    } catch (IllegalArgumentException notAnId) {
                        // NONE: no organization
                    }
                }
            }
            labels.put(dim.name(), new java.util.TreeMap<>(names));
        }
        return labels;
    }

    /** The small-cell threshold of the caller: its client's agreement's, else everyone's. */
    int threshold(ReportCaller caller) {
        return agreements.threshold(caller);
    }
}
