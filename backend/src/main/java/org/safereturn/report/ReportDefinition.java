package org.safereturn.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One aggregate report as data: the records it counts (a FROM clause with its joins and
 * conditions), the period and place predicates, whose records an organization owns, and the
 * dimensions it may be grouped by. SQL fragments are constants of the catalog, never user text;
 * the caller's values go in as bind parameters (:fromTs, :toTs, :fromDate, :toDate, :org,
 * :province, :place).
 */
record ReportDefinition(
        String name,
        String title,
        String description,
        String from,
        String periodPredicate,
        String monthExpr,
        Scope scope,
        String ownerPredicate,
        String provincePredicate,
        String communeExpr,
        String provinceExpr,
        String measure,
        Map<String, Dimension> dimensions,
        Amount amount,
        ReportDefinition rollup) {

    /** A report that counts only. */
    ReportDefinition(String name, String title, String description, String from, String periodPredicate, String monthExpr, Scope scope,
                     String ownerPredicate, String provincePredicate, String communeExpr, String provinceExpr, String measure,
                     Map<String, Dimension> dimensions) {
        this(name, title, description, from, periodPredicate, monthExpr, scope, ownerPredicate, provincePredicate, communeExpr, provinceExpr,
                measure, dimensions, null, null);
    }

    /**
     * A second figure of each cell beside its count: a sum (cash, bed-nights) or a median (hours to
     * answer). Withheld with its cell; a median of all cells is asked for separately, a sum added up.
     */
    record Amount(String expr, String unit, boolean additive) {}

    ReportDefinition withAmount(Amount a) {
        return new ReportDefinition(name, title, description, from, periodPredicate, monthExpr, scope, ownerPredicate, provincePredicate,
                communeExpr, provinceExpr, measure, dimensions, a, rollup);
    }

    /** The same report counted from a rollup the database keeps (see {@link ReportRollups}): same name, dimensions and numbers. */
    ReportDefinition withRollup(ReportDefinition r) {
        return new ReportDefinition(name, title, description, from, periodPredicate, monthExpr, scope, ownerPredicate, provincePredicate,
                communeExpr, provinceExpr, measure, dimensions, amount, r);
    }

    /**
     * Where to count a request of this period grouped or filtered by these dimensions: the rollup
     * when the period is whole months and the rollup has every dimension, else the records (and
     * when no period is given yet).
     */
    ReportDefinition sourceFor(java.util.Collection<String> dimensionNames, ReportPeriod period) {
        return rollup != null && period != null && period.wholeMonths() && rollup.dimensions().keySet().containsAll(dimensionNames) ? rollup : this;
    }

    /** Whose figures a caller who is not an analyst sees. */
    enum Scope {
        /** The records of the caller's organization (social workers, supervisors). */
        ORGANIZATION,
        /** A club's records: its coordinator's own club; supervisors of a Social Work Centre or a Women's Union the clubs of their province. */
        CLUBS,
        /** Figures about no one (residents, staff headcounts): every reader sees them all, unsuppressed. */
        PUBLIC
    }

    /** What the values of a dimension are labelled with in the answer. */
    enum Labels { NONE, ORGANIZATION, PLACE }

    /** A way to group the records: its SQL expression, the values it may take (zeros are filled over them) and its labels. */
    record Dimension(String name, String expr, List<String> domain, Labels labels) {
        static Dimension of(String name, String expr, List<String> domain) {
            return new Dimension(name, expr, domain, Labels.NONE);
        }

        static Dimension organization(String name, String expr) {
            return new Dimension(name, expr, null, Labels.ORGANIZATION);
        }

        static Dimension place(String name, String expr) {
            return new Dimension(name, expr, null, Labels.PLACE);
        }
    }

    /** The dimensions in order, with the month of the period's records added. */
    static Map<String, Dimension> dimensions(String monthExpr, Dimension... dims) {
        Map<String, Dimension> map = new LinkedHashMap<>();
        for (Dimension d : dims) {
            map.put(d.name(), d);
        }
        map.put("month", new Dimension("month", monthExpr, null, Labels.NONE));
        return map;
    }
}
