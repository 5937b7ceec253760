package org.safereturn.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.cases.RiskAssessment.AtRisk;
import org.safereturn.cases.RiskAssessment.Level;
import org.safereturn.cases.RiskAssessment.Measure;
import org.safereturn.cases.RiskAssessment.ThreatSource;

/** Records of protection (risk assessments) and reintegration follow-up visits. */
final class CareDtos {
    private CareDtos() {}

    @Schema(name = "RiskAssessmentRequest")
    record RiskAssessmentRequest(
            @NotNull Level level,
            @NotEmpty @Size(max = 7) List<@NotNull ThreatSource> threatSources,
            @NotEmpty @Size(max = 4) List<@NotNull AtRisk> atRisk,
            @Size(max = 4000) String threats,
            @Size(max = 8) List<@NotNull Measure> measures,
            @Size(max = 4000) String measuresNote,
            @NotNull @PastOrPresent OffsetDateTime assessedAt) {}

    @Schema(name = "RiskAssessment")
    record RiskAssessmentView(UUID id, UUID caseId, Level level, List<ThreatSource> threatSources, List<AtRisk> atRisk,
                              String threats, List<Measure> measures, String measuresNote, OffsetDateTime assessedAt,
                              String assessedByName) {}

    @Schema(name = "RiskAssessmentList")
    record RiskAssessmentList(List<RiskAssessmentView> items) {}

    @Schema(name = "FollowUpVisitRequest")
    record VisitRequest(
            @NotNull @PastOrPresent OffsetDateTime visitedAt,
            @NotBlank @Size(max = 200) @Schema(examples = "Đỗ Thị Mai (CLB phường Hồng Gai)") String visitedBy,
            @NotBlank @Size(max = 4000) String situation,
            @Min(1) @Max(5) @Schema(description = "1 (not reintegrated) to 5 (fully reintegrated)") Integer reintegrationScore,
            LocalDate nextVisitDue) {}

    @Schema(name = "FollowUpVisit")
    record VisitView(UUID id, UUID caseId, OffsetDateTime visitedAt, String visitedBy, String situation,
                     Integer reintegrationScore, LocalDate nextVisitDue, String recordedByName) {}

    @Schema(name = "FollowUpVisitList")
    record VisitList(List<VisitView> items) {}
}
