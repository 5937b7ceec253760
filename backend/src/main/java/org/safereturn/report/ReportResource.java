package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.security.Roles;

/** Aggregate reports for integrators, supervisors and the organizations' own staff. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Aggregates by up to three dimensions over a period, small cells protected for analysts and integrators")
@SecurityRequirement(name = "bearer")
public class ReportResource {
    private static final String WHO = " Analysts and integrators' clients see every organization's records, with counts below the threshold (default 5) withheld together with the cells that would reveal them;"
            + " social workers and supervisors see their own organization's, club coordinators their club's, supervisors of a Social Work Centre or a Women's Union the clubs of their province, all unsuppressed."
            + " Roles: analyst, supervisor, social-worker, club-coordinator.";

    @Inject
    ReportService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.CLUB_COORDINATOR})
    @Operation(operationId = "listReports", summary = "The reports that may be asked for, with their dimensions", description = "Roles: analyst, supervisor, social-worker, club-coordinator.")
    public ReportDtos.CatalogView catalog() {
        return service.catalog();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.CLUB_COORDINATOR})
    @Operation(operationId = "getReport", summary = "One aggregate report",
            description = "Counts over a period (a month 2026-03, a quarter 2026Q1, a year 2026, or from and to; at most ten years), grouped by up to three of the report's dimensions, filtered by place (a province or a commune of today's units) and organization. Audited." + WHO)
    @Produces({MediaType.APPLICATION_JSON, ReportExports.CSV, ReportExports.XLSX})
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The report as JSON, or the same numbers as CSV or XLSX (format, or the Accept header)",
            content = {
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ReportDtos.ReportView.class)),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = ReportExports.CSV,
                            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = ReportExports.XLSX,
                            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    public jakarta.ws.rs.core.Response get(
            @Parameter(description = "The report, from GET /api/reports", example = "cases-received") @PathParam("name") String name,
            @Parameter(description = "A month, a quarter or a year", example = "2026Q1") @QueryParam("period") String period,
            @Parameter(description = "The first day, with to instead of period", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "The last day, with from", example = "2026-03-31") @QueryParam("to") String to,
            @Parameter(description = "Up to three dimensions, comma-separated", example = "sex,channel") @QueryParam("groupBy") String groupBy,
            @Parameter(description = "A province or commune code", example = "22") @QueryParam("place") String place,
            @Parameter(description = "Only this organization's records") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "List the combinations with a zero count too") @QueryParam("zeros") Boolean zeros,
            @Parameter(description = "json, csv or xlsx; without it, the Accept header decides", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(enumeration = {"json", "csv", "xlsx"}))
            @QueryParam("format") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        String type = type(format, headers);
        ReportDtos.ReportView report = service.run(name, ReportPeriod.of(period, from, to), place, organizationId, groupBy, Boolean.TRUE.equals(zeros));
        if (type.equals(MediaType.APPLICATION_JSON)) {
            return jakarta.ws.rs.core.Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        return ReportExports.download(type.equals(ReportExports.CSV), ReportExports.Table.of(report),
                report.report() + "-" + report.period().label());
    }

    @Inject
    Dhis2Reports dhis2;

    @GET
    @Path("/{name}/data-value-set")
    @Produces({MediaType.APPLICATION_JSON, Dhis2Export.ADX})
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.CLUB_COORDINATOR})
    @Operation(operationId = "getReportDataValueSet", summary = "A report as DHIS2 data values (dataValueSets JSON or ADX)",
            description = "The report's counts by org unit (province or commune, as the mapping's org unit codes) and by its mapped disaggregation, coded with the admin-kept mapping so that a ministry's or donor's DHIS2 imports them unchanged (idScheme=code). A month, a quarter or a year (DHIS2 has no from/to). Withheld and zero cells are left out; SafeReturn-Withheld-Cells says how many were withheld. A report without a mapping 409 report.dhis2-unmapped. Audited." + WHO)
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The data values",
            content = {
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Dhis2Export.DataValueSet.class)),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Dhis2Export.ADX,
                            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public jakarta.ws.rs.core.Response dataValueSet(
            @Parameter(description = "The report", example = "cases-received") @PathParam("name") String name,
            @Parameter(description = "A month, a quarter or a year", example = "2026-03") @QueryParam("period") String period,
            @Parameter(description = "A province or commune code") @QueryParam("place") String place,
            @Parameter(description = "province (default) or commune", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(enumeration = {"province", "commune"}))
            @QueryParam("orgUnitLevel") String orgUnitLevel,
            @Parameter(description = "json or adx; without it, the Accept header decides", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(enumeration = {"json", "adx"}))
            @QueryParam("format") String format,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        boolean adx = format != null && !format.isBlank() ? switch (format.trim()) {
            case "adx" -> true;
            case "json" -> false;
            default -> throw org.safereturn.common.error.ProblemException.invalid("format", "must be json or adx");
        } : headers.getAcceptableMediaTypes().stream().anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.valueOf(Dhis2Export.ADX)));
        ReportPeriod p = ReportPeriod.of(period, null, null);
        Dhis2Reports.Result result = dhis2.values(name, p, place, orgUnitLevel);
        var response = adx
                ? jakarta.ws.rs.core.Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Dhis2Export.adx(result.element(), p, result.values(), out), Dhis2Export.ADX)
                : jakarta.ws.rs.core.Response.ok(Dhis2Export.dataValueSet(result.element(), p, result.values()), MediaType.APPLICATION_JSON);
        return response.header("SafeReturn-Withheld-Cells", result.withheld()).build();
    }

    /** The answer's type: the format asked for, else the first of JSON, CSV and XLSX the Accept header takes. */
    static String type(String format, jakarta.ws.rs.core.HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> MediaType.APPLICATION_JSON;
                case "csv" -> ReportExports.CSV;
                case "xlsx" -> ReportExports.XLSX;
                default -> throw org.safereturn.common.error.ProblemException.invalid("format", "must be json, csv or xlsx");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (String candidate : new String[] {MediaType.APPLICATION_JSON, ReportExports.CSV, ReportExports.XLSX}) {
                if (accepted.isCompatible(MediaType.valueOf(candidate))) {
                    return candidate;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
