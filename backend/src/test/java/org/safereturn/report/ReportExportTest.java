package org.safereturn.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** JSON, CSV and XLSX of a report carry the same numbers; no cell of an export runs as a formula. */
@QuarkusTest
class ReportExportTest {
    /** value by "sex/channel" from rows of [sex, channel, value, suppressed]. */
    static Map<String, String> byKey(List<List<String>> rows) {
        Map<String, String> map = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            map.put(row.get(0) + "/" + row.get(1), row.get(2) + "|" + row.get(3));
        }
        return map;
    }

    @Test
    void jsonCsvAndXlsxAgree() throws Exception {
        YearMonth month = ReportResourceTest.ensureGenerated();
        for (String user : new String[] {"worker", "analyst"}) {
            List<Map<String, Object>> cells = as(user).queryParam("period", month.toString()).queryParam("groupBy", "sex,channel")
                    .get("/api/reports/cases-received").then().statusCode(200).extract().path("cells");
            List<List<String>> fromJson = new ArrayList<>();
            fromJson.add(List.of("sex", "channel", "value", "suppressed"));
            for (Map<String, Object> c : cells) {
                Map<?, ?> key = (Map<?, ?>) c.get("key");
                fromJson.add(List.of((String) key.get("sex"), (String) key.get("channel"), c.get("value") == null ? "" : c.get("value").toString(),
                        c.get("suppressed").toString()));
            }

            byte[] csvBytes = given().auth().oauth2(Tokens.user(user)).accept("text/csv").queryParam("period", month.toString())
                    .queryParam("groupBy", "sex,channel").get("/api/reports/cases-received").then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/csv")).header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                    .extract().asByteArray();
            String csv = new String(csvBytes, StandardCharsets.UTF_8);
            List<List<String>> fromCsv = new ArrayList<>();
            for (String line : csv.replace("\ufeff", "").split("\r\n")) {
                fromCsv.add(List.of(line.split(",", -1)));
            }
            assertEquals(byKey(fromJson), byKey(fromCsv), user + ": CSV");

            byte[] xlsx = given().auth().oauth2(Tokens.user(user)).queryParam("format", "xlsx").queryParam("period", month.toString())
                    .queryParam("groupBy", "sex,channel").get("/api/reports/cases-received").then().statusCode(200)
                    .contentType(ReportExports.XLSX).extract().asByteArray();
            List<List<String>> fromXlsx = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Row row : wb.getFirstSheet().read()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        var cell = row.getCell(i);
                        values.add(cell == null || cell.getType() == CellType.EMPTY ? "" : cell.getType() == CellType.NUMBER
                                ? String.valueOf(cell.asNumber().longValue()) : cell.getType() == CellType.BOOLEAN ? cell.asBoolean().toString() : cell.getText());
                    }
                    fromXlsx.add(values);
                }
            }
            assertEquals(byKey(fromJson), byKey(fromXlsx), user + ": XLSX");
        }
        problem(as("worker").queryParam("format", "pdf").queryParam("period", "2026").get("/api/reports/cases-received").then(), 422, "validation.failed");
    }

    @Test
    void aLargeTableIsStreamedPastTheRowsFastexcelKeepsInMemory() throws Exception {
        List<ReportDtos.Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            cells.add(new ReportDtos.Cell(Map.of("receiver", "r" + i), (long) i, false));
        }
        ReportDtos.ReportView report = new ReportDtos.ReportView("referrals", "Referrals", "", new ReportDtos.PeriodView(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), "2026-01"), List.of("receiver"), null, null, "ORGANIZATION", false, cells, 3_123_750L, Map.of(), null);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportExports.xlsx(report, xlsx);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals(2501, rows.size(), "the header and every cell");
            assertEquals("r2499", rows.get(2500).getCell(0).getText());
        }
    }

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        ReportDtos.ReportView report = new ReportDtos.ReportView("referrals", "Referrals", "", new ReportDtos.PeriodView(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), "2026-01"), List.of("receiver"), null, null, "ALL", false,
                List.of(new ReportDtos.Cell(Map.of("receiver", "x"), 12L, false), new ReportDtos.Cell(Map.of("receiver", "y"), null, true)),
                12L, Map.of("receiver", Map.of("x", "=HYPERLINK(\"http://evil\",\"click\")", "y", "@SUM(A1:A9)")), null);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportExports.csv(report, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""), text);
        assertTrue(text.contains("\"'@SUM(A1:A9)\""), text);
        for (String field : new String[] {"-2", "+1", "\tx", "\rx"}) {
            assertTrue(ReportExports.csvField(field).startsWith("\"'"), field);
        }
        assertEquals("-2", ReportExports.csvField(-2L), "numbers stay numbers");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportExports.xlsx(report, xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(CellType.STRING, rows.get(1).getCell(1).getType());
            assertEquals("=HYPERLINK(\"http://evil\",\"click\")", rows.get(1).getCell(1).getText());
            assertTrue(rows.stream().allMatch(r -> r.stream().noneMatch(c -> c != null && c.getType() == CellType.FORMULA)), "no formula cell");
        }
    }
}
