package org.safereturn.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Background exports of reports and data sets. */
final class ExportDtos {
    private ExportDtos() {}

    @Schema(name = "ExportRequest", description = "What to export: a report of GET /api/reports (with its filters) or the data set \"ctdc\"")
    record ExportRequest(
            @NotBlank @Size(max = 60) @Schema(example = "cases-received", maxLength = 60) String report,
            @Size(max = 20) @Schema(description = "A month, a quarter or a year", example = "2026", maxLength = 20) String period,
            @Size(max = 10) @Schema(description = "The first day, with to instead of period", maxLength = 10) String from,
            @Size(max = 10) @Schema(description = "The last day, with from", maxLength = 10) String to,
            @Size(max = 200) @Schema(description = "Up to three dimensions, comma-separated (reports only)", maxLength = 200) String groupBy,
            @Size(max = 10) @Schema(description = "A province or commune (reports only)", maxLength = 10) String place,
            @Schema(description = "Only this organization's records (reports only)") UUID organizationId,
            @Schema(description = "List zero cells too (reports only)") Boolean zeros,
            @NotBlank @Pattern(regexp = "csv|xlsx", message = "must be csv or xlsx") @Schema(enumeration = {"csv", "xlsx"}) String format) {}

    @Schema(name = "Export", description = "A background export and where it stands")
    record ExportView(UUID id, String report, String format,
                      @Schema(enumeration = {"QUEUED", "RUNNING", "READY", "FAILED", "EXPIRED"}) String status,
                      @Schema(description = "Percent done") int progress,
                      OffsetDateTime createdAt, OffsetDateTime finishedAt,
                      @Schema(description = "Until when the download link works") OffsetDateTime expiresAt,
                      @Schema(description = "Why it failed") String error,
                      @Schema(description = "The size of the file, in bytes, once ready") Long sizeBytes,
                      @Schema(description = "The one-off download link, in the answer that made it ready to fetch (status READY): it needs no token and works until expiresAt") String downloadUrl) {
        static ExportView of(ExportJob j, String downloadUrl) {
            return new ExportView(j.id, j.report, j.format, j.status.name(), j.progress, j.createdAt, j.finishedAt, j.expiresAt, j.error,
                    j.sizeBytes, downloadUrl);
        }
    }
}
