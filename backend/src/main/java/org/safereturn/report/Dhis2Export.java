package org.safereturn.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.common.error.ProblemException;

/**
 * A report's cells as DHIS2 data values: the data element of the report, the period in DHIS2's
 * form (202603, 2026Q1, 2026) or ADX's (2026-03-01/P1M), the org unit of the cell's place and the
 * option combo of its disaggregation values. Withheld and zero cells are left out: DHIS2 stores
 * no value for them.
 */
final class Dhis2Export {
    static final String ADX = "application/adx+xml";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}Q[1-4]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Schema(name = "Dhis2DataValue")
    record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo, String value) {}

    @Schema(name = "Dhis2DataValueSet", description = "What DHIS2's POST /api/dataValueSets imports, with codes (idScheme=code)")
    record DataValueSet(String dataSet, String period, List<DataValue> dataValues) {}

    /** One value before it is written: its org unit, its disaggregation by dimension, the count. */
    record Value(String orgUnit, Map<String, String> disaggregation, String optionCombo, long count) {}

    private Dhis2Export() {}

    /** DHIS2's period: a month, a quarter or a year; from/to has none. */
    static String dhis2Period(ReportPeriod p) {
        String label = p.label();
        if (MONTH.matcher(label).matches()) {
            return label.replace("-", "");
        }
        if (QUARTER.matcher(label).matches() || YEAR.matcher(label).matches()) {
            return label;
        }
        throw ProblemException.invalid("period", "DHIS2 takes a month (2026-03), a quarter (2026Q1) or a year (2026)");
    }

    /** ADX's period: the first day and the ISO 8601 duration. */
    static String adxPeriod(ReportPeriod p) {
        String label = p.label();
        String duration = MONTH.matcher(label).matches() ? "P1M" : QUARTER.matcher(label).matches() ? "P3M" : YEAR.matcher(label).matches() ? "P1Y" : null;
        if (duration == null) {
            throw ProblemException.invalid("period", "ADX takes a month (2026-03), a quarter (2026Q1) or a year (2026)");
        }
        return p.from() + "/" + duration;
    }

    static DataValueSet dataValueSet(Dhis2Mapping.Element element, ReportPeriod period, List<Value> values) {
        String pe = dhis2Period(period);
        List<DataValue> out = new ArrayList<>();
        for (Value v : values) {
            out.add(new DataValue(element.dataElement(), pe, v.orgUnit(), v.optionCombo(), Long.toString(v.count())));
        }
        return new DataValueSet(element.dataSet(), pe, out);
    }

    /** ADX: one group per org unit, the disaggregation as attributes named by the dimension, as the standard writes them. */
    static void adx(Dhis2Mapping.Element element, ReportPeriod period, List<Value> values, OutputStream out) throws IOException {
        String pe = adxPeriod(period);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"")
                .append(java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("\">\n");
        Map<String, List<Value>> byOrgUnit = new java.util.TreeMap<>();
        values.forEach(v -> byOrgUnit.computeIfAbsent(v.orgUnit(), k -> new ArrayList<>()).add(v));
        for (var group : byOrgUnit.entrySet()) {
            xml.append("  <group orgUnit=\"").append(attr(group.getKey())).append("\" period=\"").append(pe).append('"');
            if (element.dataSet() != null) {
                xml.append(" dataSet=\"").append(attr(element.dataSet())).append('"');
            }
            xml.append(">\n");
            for (Value v : group.getValue()) {
                xml.append("    <dataValue dataElement=\"").append(attr(element.dataElement())).append('"');
                v.disaggregation().forEach((dim, value) -> xml.append(' ').append(dim.toUpperCase(java.util.Locale.ROOT)).append("=\"").append(attr(value)).append('"'));
                xml.append(" value=\"").append(v.count()).append("\"/>\n");
            }
            xml.append("  </group>\n");
        }
        xml.append("</adx>\n");
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String attr(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
    }
}
