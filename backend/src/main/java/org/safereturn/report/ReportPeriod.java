package org.safereturn.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safereturn.common.error.ProblemException;

/**
 * The days a report covers, from {@code from} to {@code to} inclusive, in Vietnam's calendar:
 * a month ({@code 2026-03}), a quarter ({@code 2026Q1}), a year ({@code 2026}), or from/to dates.
 * At most ten years.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {
    static final int MAX_YEARS = 10;
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The period asked for: {@code period}, or {@code from} and {@code to}; 422 naming the field otherwise. */
    public static ReportPeriod of(String period, String from, String to) {
        if (period != null && !period.isBlank()) {
            if (from != null || to != null) {
                throw ProblemException.invalid("period", "give either a period or from and to, not both");
            }
            return parse(period.trim());
        }
        if (from == null || to == null) {
            throw ProblemException.invalid("period", "is required: a month (2026-03), a quarter (2026Q1), a year (2026), or from and to");
        }
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return checked(new ReportPeriod(start, end, start + "/" + end));
    }

    static ReportPeriod parse(String text) {
        Matcher m = MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw ProblemException.invalid("period", "has no month " + month);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new ReportPeriod(ym.atDay(1), ym.atEndOfMonth(), text);
        }
        m = QUARTER.matcher(text);
        if (m.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(), text);
        }
        m = YEAR.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), text);
        }
        throw ProblemException.invalid("period", "must be a month (2026-03), a quarter (2026Q1) or a year (2026)");
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2026-03-31");
        }
    }

    private static ReportPeriod checked(ReportPeriod p) {
        if (p.to().isAfter(p.from().plusYears(MAX_YEARS).minusDays(1))) {
            throw ProblemException.invalid("to", "a report covers at most " + MAX_YEARS + " years");
        }
        return p;
    }

    /** Whether the period starts on a month's first day and ends on a month's last (a month, a quarter, a year, or such a range). */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
    }

    /** The months the period touches, first to last, as {@code 2026-03}. */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }
}
