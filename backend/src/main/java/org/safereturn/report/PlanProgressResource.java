package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.security.Roles;
import org.safereturn.report.PlanDtos.ProgressView;
import org.safereturn.report.PlanDtos.TargetProgress;

/** A plan's targets against the actuals counted now, as JSON, CSV or XLSX. */
@Path("/api/v1/plans/{planId}/progress")
@Tag(name = "Plans")
@SecurityRequirement(name = "bearer")
public class PlanProgressResource {
    @Inject
    PlanProgress progress;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Produces({MediaType.APPLICATION_JSON, ReportExports.CSV, ReportExports.XLSX})
    @Operation(operationId = "getPlanProgress", summary = "A plan's targets against the actuals",
            description = "For each target: the actual value counted from the records now (in the caller's scope: their organization's records; every record for analysts, with small numbers withheld and the answer saying so), the numerator and the denominator, achievement in percent, and the trend by month. A zero denominator is NO_DENOMINATOR, never a division error. Audited." + PlanResource.WHO
                    + " Roles: analyst, supervisor, social-worker.")
    @APIResponse(responseCode = "200", description = "The progress as JSON, or the same numbers as CSV or XLSX (format, or the Accept header)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class)),
                    @Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@PathParam("planId") UUID planId,
            @Parameter(description = "json, csv or xlsx; without it, the Accept header decides", schema = @Schema(enumeration = {"json", "csv", "xlsx"}))
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        String type = ReportResource.type(format, headers);
        ProgressView view = progress.of(planId);
        if (type.equals(MediaType.APPLICATION_JSON)) {
            return Response.ok(view, MediaType.APPLICATION_JSON).build();
        }
        String[][] facts = {{"plan", view.title()}, {"reference", view.reference() == null ? "" : view.reference()},
                {"year", String.valueOf(view.year())}, {"scope", view.scope()},
                {"suppression", view.threshold() == null ? "none" : "threshold " + view.threshold()}};
        return ReportExports.download(type.equals(ReportExports.CSV), new ReportExports.Table("progress", table(view), facts),
                "plan-progress-" + view.year());
    }

    /** A row per target with the same numbers as the JSON. */
    static List<List<Object>> table(ProgressView view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("indicator", "indicatorName", "unit", "place", "placeName", "period", "target", "actual", "achievementPercent",
                "numerator", "denominator", "status"));
        for (TargetProgress p : view.items()) {
            List<Object> row = new ArrayList<>();
            row.add(p.indicatorCode());
            row.add(p.indicatorNameVi());
            row.add(p.unit().name());
            row.add(p.placeCode());
            row.add(p.placeName());
            row.add(p.period().label());
            row.add(p.target());
            row.add(p.actual());
            row.add(p.achievement());
            row.add(p.numerator());
            row.add(p.denominator());
            row.add(p.status());
            rows.add(row);
        }
        return rows;
    }
}
