package org.safereturn.report;

import java.util.List;
import java.util.Map;
import org.safereturn.common.error.ProblemException;

/** Checks an indicator's counts against the report catalog before it is kept. */
final class IndicatorRules {
    static final int MAX_VALUES = 30;

    private IndicatorRules() {}

    static void check(Indicator.Unit unit, CountSpec numerator, CountSpec denominator) {
        count("numerator", numerator);
        if (denominator != null) {
            count("denominator", denominator);
        }
        if (unit == Indicator.Unit.PERCENT && denominator == null) {
            throw ProblemException.invalid("denominator", "is required for a PERCENT indicator");
        }
        if (unit == Indicator.Unit.COUNT && denominator != null) {
            throw ProblemException.invalid("denominator", "must be absent for a COUNT indicator");
        }
    }

    /** A count names a report of the catalog, and only its dimensions (not the month) with values they can take. */
    static void count(String field, CountSpec spec) {
        if (spec.report() == null || spec.report().isBlank()) {
            throw ProblemException.invalid(field + ".report", "must not be blank");
        }
        ReportDefinition d = ReportCatalog.ALL.get(spec.report());
        if (d == null) {
            throw ProblemException.invalid(field + ".report", "'" + spec.report() + "' is not a report: " + String.join(", ", ReportCatalog.ALL.keySet()));
        }
        for (Map.Entry<String, List<String>> e : spec.where().entrySet()) {
            String at = field + ".where." + e.getKey();
            ReportDefinition.Dimension dim = d.dimensions().get(e.getKey());
            if (dim == null || "month".equals(e.getKey())) {
                throw ProblemException.invalid(at, "is not a dimension of " + d.name());
            }
            List<String> values = e.getValue();
            if (values == null || values.isEmpty() || values.size() > MAX_VALUES) {
                throw ProblemException.invalid(at, "must list 1 to " + MAX_VALUES + " values");
            }
            for (String v : values) {
                if (v == null || v.isBlank() || v.length() > 60) {
                    throw ProblemException.invalid(at, "values must be 1 to 60 characters");
                }
                if (dim.domain() != null && !dim.domain().contains(v)) {
                    throw ProblemException.invalid(at, "'" + v + "' is not one of " + String.join(", ", dim.domain()));
                }
            }
        }
    }

    /** Whether the numerator counts some of the denominator's records: the same report, every condition of the denominator narrowed. */
    static boolean numeratorWithinDenominator(CountSpec numerator, CountSpec denominator) {
        if (denominator == null || !numerator.report().equals(denominator.report())) {
            return false;
        }
        for (Map.Entry<String, List<String>> e : denominator.where().entrySet()) {
            List<String> narrowed = numerator.where().get(e.getKey());
            if (narrowed == null || !e.getValue().containsAll(narrowed)) {
                return false;
            }
        }
        return true;
    }
}
