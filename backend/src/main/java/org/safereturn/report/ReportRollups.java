package org.safereturn.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reports the database keeps rollups for (V43: case_rollup, hotline_rollup): each is the
 * report of the records restated over its rollup, with the same name, dimensions, domains and
 * labels, so that a request is answered from a few summary rows with exactly the records' numbers.
 * The rollups count by month: a period of other days, or a dimension the rollup does not keep
 * (simply absent here), is counted from the records ({@link ReportDefinition#sourceFor}).
 */
final class ReportRollups {
    private static final String VN = "'Asia/Ho_Chi_Minh'";
    private static final String CASES = "case_rollup c LEFT JOIN place pf ON pf.code = c.place_found_code";
    private static final String CASE_PROVINCE = "coalesce(pf.parent_code, pf.code)";
    private static final String CASE_COMMUNE = "CASE WHEN pf.parent_code IS NOT NULL THEN pf.code END";
    private static final String HOTLINE = "hotline_rollup t LEFT JOIN hotline_line l ON l.id = t.line_id LEFT JOIN place tp ON tp.code = t.concerned_place_code";
    /** A verification or response not given yet is PENDING until its deadline, as on the records (an OPEN row past it is not folded yet). */
    private static final String OPEN_OUTCOME = "CASE WHEN %1$s <> 'OPEN' THEN %1$s WHEN now() <= %2$s THEN 'PENDING' ELSE 'OVERDUE' END";

    /** The expressions of the case rollup's dimensions, by the dimension names of the case reports. */
    private static final Map<String, String> CASE_DIMENSIONS = Map.ofEntries(
            Map.entry("channel", "c.channel"), Map.entry("category", "c.category"), Map.entry("sex", "c.sex"),
            Map.entry("ageBand", "coalesce(c.age_band, 'UNKNOWN')"), Map.entry("nationality", "coalesce(c.nationality, '00')"),
            Map.entry("province", "coalesce(" + CASE_PROVINCE + ", '00')"), Map.entry("commune", "coalesce(" + CASE_COMMUNE + ", '00000')"),
            Map.entry("handingOverOrganization", "coalesce(CAST(c.handing_over_organization_id AS text), 'NONE')"),
            Map.entry("status", "c.status"), Map.entry("outcome", OPEN_OUTCOME.formatted("c.verification", "c.verification_due_at")),
            Map.entry("month", "to_char(c.received_month, 'YYYY-MM')"));

    private static final Map<String, String> HOTLINE_DIMENSIONS = Map.ofEntries(
            Map.entry("line", "l.code"), Map.entry("channel", "t.channel"), Map.entry("direction", "t.direction"),
            Map.entry("urgency", "t.urgency"), Map.entry("response", OPEN_OUTCOME.formatted("t.response", "t.response_due_at")),
            Map.entry("concernedSex", "coalesce(t.concerned_sex, 'UNKNOWN')"), Map.entry("province", "coalesce(tp.parent_code, tp.code, '00')"),
            Map.entry("month", "to_char(t.started_month, 'YYYY-MM')"));

    private ReportRollups() {}

    /** A report of cases by the day they were received, restated over case_rollup. */
    static ReportDefinition cases(ReportDefinition records) {
        return restated(records, CASES, "c.received_month BETWEEN :fromDate AND :toDate", "c.organization_id = :org",
                CASE_COMMUNE, CASE_PROVINCE, "sum(c.n)", CASE_DIMENSIONS, null);
    }

    /** The hotline contacts report restated over hotline_rollup, with the average time to respond kept as sums. */
    static ReportDefinition hotline(ReportDefinition records) {
        return restated(records, HOTLINE, "t.started_month BETWEEN :fromDate AND :toDate", "t.organization_id = :org",
                "CASE WHEN tp.parent_code IS NOT NULL THEN tp.code END", "coalesce(tp.parent_code, tp.code)", "sum(t.n)", HOTLINE_DIMENSIONS,
                new ReportDefinition.Amount("sum(t.response_seconds) / NULLIF(sum(t.responded), 0) / 60.0", records.amount().unit(),
                        records.amount().additive()));
    }

    private static ReportDefinition restated(ReportDefinition records, String from, String period, String owner, String commune,
                                             String province, String measure, Map<String, String> exprs, ReportDefinition.Amount amount) {
        Map<String, ReportDefinition.Dimension> dims = new LinkedHashMap<>();
        records.dimensions().forEach((name, d) -> {
            if (exprs.containsKey(name)) {
                dims.put(name, new ReportDefinition.Dimension(name, exprs.get(name), d.domain(), d.labels()));
            }
        });
        return new ReportDefinition(records.name(), records.title(), records.description(), from, period, exprs.get("month"), records.scope(),
                owner, null, commune, province, measure, dims, amount, null);
    }
}
