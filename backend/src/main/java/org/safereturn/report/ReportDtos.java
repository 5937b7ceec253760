package org.safereturn.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the reports API. */
final class ReportDtos {
    private ReportDtos() {}

    @Schema(name = "ReportPeriod", description = "The days counted, both included")
    record PeriodView(LocalDate from, LocalDate to, @Schema(description = "As asked: 2026-03, 2026Q1, 2026 or from/to") String label) {
        static PeriodView of(ReportPeriod p) {
            return new PeriodView(p.from(), p.to(), p.label());
        }
    }

    @Schema(name = "ReportCell", description = "One combination of the dimensions and its count")
    record Cell(@Schema(description = "The value of each dimension grouped by") Map<String, String> key,
                @Schema(description = "The count; null when suppressed") Long value,
                @Schema(description = "Withheld to protect small numbers (primary) or so that they cannot be worked out (complementary)") boolean suppressed,
                @Schema(description = "The cell's amount (see the report's amountUnit: a sum or a median); null when withheld or when the report has none") Double amount) {
        Cell(Map<String, String> key, Long value, boolean suppressed) {
            this(key, value, suppressed, null);
        }
    }

    @Schema(name = "ReportSuppression", description = "Small-cell protection applied to this answer")
    record SuppressionView(@Schema(description = "Counts from 1 to below this are withheld") int threshold,
                           @Schema(description = "Cells withheld for being small") int primary,
                           @Schema(description = "Cells withheld so that the small ones cannot be worked out from totals") int complementary) {}

    @Schema(name = "Report", description = "An aggregate report: counts by up to three dimensions over a period")
    record ReportView(String report, String title, String description, PeriodView period, List<String> groupBy,
                      @Schema(description = "The place filter: a province or a commune of today's units") String place,
                      @Schema(description = "The organization filter") String organizationId,
                      @Schema(description = "Whose records: ORGANIZATION (the caller's), PROVINCE (the clubs of the caller's province), CLUB (the caller's club) or ALL") String scope,
                      @Schema(description = "Whether cells with a zero count are listed") boolean zeros,
                      List<Cell> cells,
                      @Schema(description = "The sum of every cell; null when withheld (below the threshold)") Long total,
                      @Schema(description = "Names of organizations and places that appear as values, by dimension") Map<String, Map<String, String>> labels,
                      @Schema(description = "Present when small cells were protected") SuppressionView suppression,
                      @Schema(description = "What each cell's amount is (e.g. VND, bed-nights, median hours to answer); absent when the report counts only") String amountUnit,
                      @Schema(description = "The amount of all cells together (a sum, or the median over every record); null when withheld") Double totalAmount) {
        ReportView(String report, String title, String description, PeriodView period, List<String> groupBy, String place, String organizationId,
                   String scope, boolean zeros, List<Cell> cells, Long total, Map<String, Map<String, String>> labels, SuppressionView suppression) {
            this(report, title, description, period, groupBy, place, organizationId, scope, zeros, cells, total, labels, suppression, null, null);
        }
    }

    @Schema(name = "ReportDefinitionView", description = "A report that may be asked for, and its dimensions")
    record DefinitionView(String name, String title, String description, List<String> dimensions,
                          @Schema(description = "Whether it may be filtered by place") boolean placeFilter,
                          @Schema(description = "What each cell's amount is, when the report has one beside its count") String amountUnit) {}

    @Schema(name = "ReportCatalog")
    record CatalogView(List<DefinitionView> items) {}
}
