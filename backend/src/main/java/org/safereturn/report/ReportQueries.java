package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safereturn.common.time.VietnamTime;

/** Runs one report's GROUP BY: the dimensions asked, within the period, the caller's scope and the place. */
@ApplicationScoped
class ReportQueries {
    /** The conditions beside the period, with their parameters. */
    record Filter(String predicate, Map<String, Object> parameters) {}

    @Inject
    EntityManager em;

    /** The counts by the dimensions' values, in the order of {@code dimensions}; values never null. */
    Map<List<String>, Long> counts(ReportDefinition d, List<ReportDefinition.Dimension> dimensions, ReportPeriod period, List<Filter> filters) {
        return counts(d, dimensions, period, filters, null);
    }

    /** As {@link #counts}, and each combination's amount into {@code amounts} when the report has one and the map is given. */
    Map<List<String>, Long> counts(ReportDefinition d, List<ReportDefinition.Dimension> dimensions, ReportPeriod period, List<Filter> filters,
                                   Map<List<String>, Double> amounts) {
        boolean withAmount = amounts != null && d.amount() != null;
        StringBuilder sql = new StringBuilder("SELECT ");
        for (ReportDefinition.Dimension dim : dimensions) {
            sql.append("CAST(").append(dim.expr()).append(" AS text), ");
        }
        sql.append(d.measure());
        if (withAmount) {
            sql.append(", CAST(").append(d.amount().expr()).append(" AS double precision)");
        }
        sql.append(" FROM ").append(d.from()).append(" WHERE ").append(d.periodPredicate());
        for (Filter f : filters) {
            sql.append(" AND ").append(f.predicate());
        }
        if (!dimensions.isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 1; i <= dimensions.size(); i++) {
                sql.append(i == 1 ? "" : ", ").append(i);
            }
        }
        Query query = em.createNativeQuery(sql.toString());
        String text = sql.toString();
        bind(query, text, "fromTs", period.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
        bind(query, text, "toTs", period.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
        bind(query, text, "fromDate", period.from());
        bind(query, text, "toDate", period.to());
        for (Filter f : filters) {
            f.parameters().forEach(query::setParameter);
        }
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = dimensions.isEmpty() && !withAmount ? new Object[] {row} : (Object[]) row;
            List<String> key = new ArrayList<>(dimensions.size());
            for (int i = 0; i < dimensions.size(); i++) {
                key.add(cells[i] == null ? "NONE" : (String) cells[i]);
            }
            Object value = cells[dimensions.size()];
            counts.merge(key, value == null ? 0L : ((Number) value).longValue(), Long::sum);
            if (withAmount && cells[dimensions.size() + 1] != null) {
                amounts.merge(key, ((Number) cells[dimensions.size() + 1]).doubleValue(), Double::sum);
            }
        }
        return counts;
    }

    private static void bind(Query query, String sql, String name, Object value) {
        if (sql.contains(":" + name)) {
            query.setParameter(name, value);
        }
    }
}
