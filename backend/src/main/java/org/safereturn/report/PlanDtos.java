package org.safereturn.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Indicators, plans with their targets, and progress against them. */
final class PlanDtos {
    private PlanDtos() {}

    @Schema(name = "IndicatorRequest", description = "An indicator: what is counted, how it reads, and which way is better")
    record IndicatorRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "upper-case letters, digits and _, 2 to 40") @Schema(example = "VERIFIED_WITHIN_3_DAYS", maxLength = 40) String code,
            @NotBlank @Size(max = 300) @Schema(maxLength = 300) String nameVi,
            @NotBlank @Size(max = 300) @Schema(maxLength = 300) String nameEn,
            @Size(max = 2000) @Schema(maxLength = 2000) String description,
            @NotNull Indicator.Unit unit,
            @NotNull Indicator.Direction direction,
            @NotNull @Valid CountSpec numerator,
            @Schema(description = "Required for a PERCENT indicator") @Valid CountSpec denominator) {}

    @Schema(name = "Indicator", description = "An indicator, kept as data")
    record IndicatorView(UUID id, String code, String nameVi, String nameEn, String description, Indicator.Unit unit,
                         Indicator.Direction direction, CountSpec numerator, CountSpec denominator, long version,
                         @Schema(description = "What the caller may do: UPDATE") List<String> actions) {
        static IndicatorView of(Indicator i, List<String> actions) {
            return new IndicatorView(i.id, i.code, i.nameVi, i.nameEn, i.description, i.unit, i.direction, i.numerator, i.denominator,
                    i.version, actions);
        }
    }

    @Schema(name = "IndicatorList")
    record IndicatorList(List<IndicatorView> items, @Schema(description = "What the caller may do: CREATE") List<String> actions) {}

    @Schema(name = "PlanRequest", description = "A plan of the caller's organization")
    record PlanRequest(
            @Size(max = 100) @Schema(description = "The plan's number", example = "139/KH-UBND", maxLength = 100) String reference,
            @NotBlank @Size(max = 500) @Schema(example = "Kế hoạch phòng, chống mua bán người năm 2026", maxLength = 500) String title,
            @NotBlank @Size(max = 10) @Schema(description = "The province or commune it covers", example = "22", maxLength = 10) String placeCode,
            @NotNull @Min(2000) @Max(2100) Integer year,
            LocalDate adoptedOn,
            @Size(max = 2000) @Schema(maxLength = 2000) String note) {}

    @Schema(name = "PlanTargetRequest", description = "A target: the value an indicator should reach in a place over a period")
    record TargetRequest(
            @NotBlank @Size(max = 40) @Schema(example = "VERIFIED_WITHIN_3_DAYS", maxLength = 40) String indicatorCode,
            @Size(max = 10) @Schema(description = "A province or commune; the plan's place when absent", example = "22", maxLength = 10) String placeCode,
            @Size(max = 30) @Schema(description = "A year, a quarter or a month within the plan's year; the plan's year when absent", example = "2026", maxLength = 30) String period,
            @NotNull @DecimalMin("0") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) @Schema(example = "100") BigDecimal target) {}

    @Schema(name = "PlanTarget")
    record TargetView(UUID id, String indicatorCode, String indicatorNameVi, String indicatorNameEn, Indicator.Unit unit,
                      String placeCode, String placeName, String period, BigDecimal target, long version,
                      @Schema(description = "What the caller may do: UPDATE, REMOVE") List<String> actions) {
        static TargetView of(PlanTarget t, Indicator i, String placeName, boolean write) {
            return new TargetView(t.id, i.code, i.nameVi, i.nameEn, i.unit, t.placeCode, placeName, t.period, t.target, t.version,
                    write ? List.of("UPDATE", "REMOVE") : List.of());
        }
    }

    @Schema(name = "Plan", description = "A plan and its targets")
    record PlanView(UUID id, UUID organizationId, String organizationName, String reference, String title, String placeCode, String placeName,
                    int year, LocalDate adoptedOn, String note, List<TargetView> targets, String createdByName, long version,
                    @Schema(description = "What the caller may do: UPDATE, DELETE, ADD_TARGET, VIEW_PROGRESS") List<String> actions) {}

    @Schema(name = "PlanSummary")
    record PlanSummary(UUID id, UUID organizationId, String organizationName, String reference, String title, String placeCode,
                       String placeName, int year, long version) {}

    @Schema(name = "PlanPage")
    record PlanPage(List<PlanSummary> items, int page, int size, long total,
                    @Schema(description = "What the caller may do: CREATE") List<String> actions) {}

    @Schema(name = "IndicatorTrendPoint", description = "One month of an indicator's trend")
    record TrendPoint(String month, Long numerator, Long denominator,
                      @Schema(description = "For a ratio of two record counts, the month's own; for a count, or a ratio over residents or staff, the running total from the period's start") BigDecimal value,
                      @Schema(description = "MEASURED, NO_DENOMINATOR or SUPPRESSED") String status) {}

    @Schema(name = "TargetProgress", description = "A target against the actual value counted from the records now")
    record TargetProgress(UUID targetId, String indicatorCode, String indicatorNameVi, String indicatorNameEn, Indicator.Unit unit,
                          Indicator.Direction direction, String placeCode, String placeName,
                          @Schema(description = "Whether the records were filtered by the place (some reports have none)") boolean placeApplied,
                          ReportDtos.PeriodView period, BigDecimal target,
                          @Schema(description = "The value now; null when there is no denominator or it is withheld") BigDecimal actual,
                          @Schema(description = "Actual against target in percent (target against actual when less is better)") BigDecimal achievement,
                          Long numerator, Long denominator,
                          @Schema(description = "MEASURED; NO_DENOMINATOR when the denominator counts zero; SUPPRESSED when small numbers are withheld; OUT_OF_SCOPE when the caller may not read the records counted") String status,
                          List<TrendPoint> trend) {
        /** A target and its indicator, with what was counted for it. */
        static TargetProgress of(PlanTarget t, Indicator i, String placeName, boolean placeApplied, ReportPeriod period, BigDecimal actual,
                                 BigDecimal achievement, Long numerator, Long denominator, String status, List<TrendPoint> trend) {
            return new TargetProgress(t.id, i.code, i.nameVi, i.nameEn, i.unit, i.direction, t.placeCode, placeName, placeApplied,
                    ReportDtos.PeriodView.of(period), t.target, actual, achievement, numerator, denominator,
                    status, trend);
        }
    }

    @Schema(name = "PlanProgress", description = "Every target of a plan against its actual value")
    record ProgressView(UUID planId, String reference, String title, int year,
                        @Schema(description = "Whose records: ORGANIZATION (the caller's), ALL (protected against small numbers), …") String scope,
                        @Schema(description = "The small-cell threshold applied, when the figures are protected") Integer threshold,
                        List<TargetProgress> items) {}
}
