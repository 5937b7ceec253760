package org.safereturn.report;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The anonymised data set and its combination counts. */
final class CtdcDtos {
    private CtdcDtos() {}

    @Schema(name = "CtdcChanges", description = "What was changed so that every released combination has at least k rows")
    record Changes(@Schema(description = "Released rows that were generalised") long rowsGeneralised,
                   @Schema(description = "Cells those rows had changed (widened, made a region or a range, or withheld)") long cellsGeneralised,
                   @Schema(description = "Rows left out because even generalised they stayed rarer than k") long rowsSuppressed,
                   @Schema(description = "Rows released after each step: ageBandWidened, countryToRegion, yearToRange, exploitationTypesWithheld, meansOfControlWithheld, ageBandWithheld") Map<String, Long> rowsByStep) {}

    @Schema(name = "CtdcDataset", description = "One row per identified or presumed victim in CTDC's variables, k-anonymous over every column")
    record Dataset(ReportDtos.PeriodView period,
                   @Schema(description = "Every released combination of all columns has at least k rows") int k,
                   List<String> columns,
                   @Schema(description = "Identified or presumed victims received in the period") long sourceRows,
                   long releasedRows,
                   Changes changes,
                   @Schema(description = "Column → value; flags are true or false; a withheld cell is null. Ages are CTDC's bands (\"18--20\", widened \"18--29\"), countries ISO 3166-1 alpha-2 (\"00\" unknown) or \"region:\" and the UN M49 sub-region, years a year or a five-year range (\"2020--2024\")")
                   List<Map<String, Object>> rows) {}

    @Schema(name = "CtdcCombination", description = "How many victims share these attributes, rounded down to a multiple of 10")
    record Combination(Map<String, String> attributes, long count) {}

    @Schema(name = "CtdcCombinations", description = "Counts of every combination of up to `length` attributes (a flag only when set), rounded down to a multiple of 10, those below 10 left out: the reportable aggregates of CTDC's synthetic-data method")
    record Combinations(ReportDtos.PeriodView period, int length, int resolution, List<Combination> items) {}
}
