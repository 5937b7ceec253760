package org.safereturn.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as CSV or XLSX with the same numbers as its JSON: one row per cell, a column per
 * dimension (and its name where the value is an organization or a place), the count and whether
 * it was withheld. Text that a spreadsheet would run as a formula (= + - @, tab, carriage return
 * first) is written as text: quoted with a leading apostrophe in CSV, a string cell in XLSX. The
 * XLSX is streamed into the response (fastexcel), its strings shared (a data set repeats a few
 * values a million times); nothing is written to disk.
 */
final class ReportExports {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportExports() {}

    /** A table to write: the sheet's name, its rows (the header first) and what it is (the XLSX's "about" sheet). */
    record Table(String sheet, Iterable<List<Object>> rows, String[][] facts) {
        static Table of(ReportDtos.ReportView r) {
            String[][] facts = {
                    {"report", r.report()}, {"title", r.title()}, {"period", r.period().from() + " – " + r.period().to()},
                    {"scope", r.scope()}, {"place", r.place() == null ? "" : r.place()},
                    {"total", r.total() == null ? "withheld" : r.total().toString()},
                    {"suppression", r.suppression() == null ? "none" : "threshold " + r.suppression().threshold() + ", withheld "
                            + (r.suppression().primary() + r.suppression().complementary())}};
            return new Table(r.report(), table(r), facts);
        }
    }

    /** The media type of the CSV or XLSX answer. */
    static String mediaType(boolean csv) {
        return csv ? CSV + "; charset=UTF-8" : XLSX;
    }

    /** Writes the table as CSV or XLSX. */
    static void write(boolean csv, Table t, OutputStream out) throws IOException {
        if (csv) {
            csv(t.rows(), out);
        } else {
            xlsx(t.sheet(), t.rows(), t.facts(), out);
        }
    }

    /** The table as a CSV or XLSX download, streamed into the response, named {@code fileBase} with its extension. */
    static jakarta.ws.rs.core.Response download(boolean csv, Table t, String fileBase) {
        jakarta.ws.rs.core.StreamingOutput body = out -> write(csv, t, out);
        return jakarta.ws.rs.core.Response.ok(body, mediaType(csv))
                .header("Content-Disposition", "attachment; filename=\"" + fileBase.replace('/', '_') + (csv ? ".csv" : ".xlsx") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The table: header, then a row per cell; a null value is an empty cell. */
    static List<List<Object>> table(ReportDtos.ReportView r) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        for (String dim : r.groupBy()) {
            header.add(dim);
            if (r.labels().containsKey(dim)) {
                header.add(dim + "Name");
            }
        }
        header.add("value");
        header.add("suppressed");
        if (r.amountUnit() != null) {
            header.add("amount (" + r.amountUnit() + ")");
        }
        rows.add(header);
        for (ReportDtos.Cell cell : r.cells()) {
            List<Object> row = new ArrayList<>();
            for (String dim : r.groupBy()) {
                String code = cell.key().get(dim);
                row.add(code);
                Map<String, String> names = r.labels().get(dim);
                if (names != null) {
                    row.add(names.get(code));
                }
            }
            row.add(cell.value());
            row.add(cell.suppressed());
            if (r.amountUnit() != null) {
                row.add(cell.amount());
            }
            rows.add(row);
        }
        return rows;
    }

    static void csv(ReportDtos.ReportView r, OutputStream out) throws IOException {
        csv(table(r), out);
    }

    /** Rows as CSV (UTF-8 with a byte-order mark), the first being the header. */
    static void csv(Iterable<List<Object>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\ufeff'); // so that spreadsheet programs read the Vietnamese names as UTF-8
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(csvField(row.get(i)));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    static void xlsx(ReportDtos.ReportView r, OutputStream out) throws IOException {
        write(false, Table.of(r), out);
    }

    /** Rows as a workbook's first sheet (the first row bold), and what they are on a sheet "about". */
    static void xlsx(String sheet, Iterable<List<Object>> rows, String[][] facts, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "SafeReturn", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(sheet));
        int i = -1;
        for (List<Object> row : rows) {
            i++;
            for (int j = 0; j < row.size(); j++) {
                Object v = row.get(j);
                if (v instanceof Number n) {
                    ws.value(i, j, n);
                } else if (v instanceof Boolean b) {
                    ws.value(i, j, b);
                } else if (v != null) {
                    ws.value(i, j, v.toString()); // a string cell (shared): text, never a formula
                }
            }
            if (i == 0) {
                ws.range(0, 0, 0, Math.max(0, row.size() - 1)).style().bold().set(); // before the first flush takes the row away
            }
            if (i % 1000 == 999) {
                ws.flush();
            }
        }
        Worksheet about = wb.newWorksheet("about");
        for (int f = 0; f < facts.length; f++) {
            about.inlineString(f, 0, facts[f][0]);
            about.inlineString(f, 1, facts[f][1]);
        }
        wb.finish();
    }

    /** A CSV field: quoted when needed, and text a spreadsheet would run as a formula made plain text. */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !(value instanceof Boolean) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String sheetName(String name) {
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
