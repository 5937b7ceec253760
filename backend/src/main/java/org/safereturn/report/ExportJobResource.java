package org.safereturn.report;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;

/** Large reports and the anonymised data set, exported in the background. */
@Path("/api/reports/exports")
@Tag(name = "Reports")
public class ExportJobResource {
    @Inject
    ExportJobs jobs;

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.CLUB_COORDINATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReportExport", summary = "Export a report or the data set in the background",
            description = "Checked at once like the report itself (unknown report, dimension or period 422, outside the caller's scope or agreement 403), then queued: 202 with the export's address in Location. It runs with the reach the caller has now. Audited. Roles: analyst, supervisor, social-worker, club-coordinator (the data set \"ctdc\": analyst).")
    @APIResponse(responseCode = "202", description = "Queued; poll the Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDtos.ExportView.class)))
    public Response create(@Valid @NotNull ExportDtos.ExportRequest request, @Context UriInfo uri) {
        ExportJob job = jobs.submit(request);
        return Response.accepted(ExportDtos.ExportView.of(job, null)).location(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.CLUB_COORDINATOR})
    @SecurityRequirement(name = "bearer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReportExport", summary = "Where an export stands",
            description = "Its status and progress; once READY, the download link (valid until expiresAt, then 410). Only its requester sees it (else 404). Roles: analyst, supervisor, social-worker, club-coordinator.")
    public ExportDtos.ExportView get(@PathParam("id") UUID id, @Context UriInfo uri) {
        ExportJobs.Seen seen = jobs.seen(id);
        String link = seen.token() == null ? null
                : uri.getBaseUriBuilder().path("api/reports/exports").path(id.toString()).path("file").queryParam("key", seen.token()).build().toString();
        return ExportDtos.ExportView.of(seen.job(), link);
    }

    @GET
    @Path("/{id}/file")
    @PermitAll
    @org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet
    @Produces({ReportExports.CSV, ReportExports.XLSX})
    @Operation(operationId = "downloadReportExport", summary = "Download an export by its link",
            description = "The link the export's status gave: the token in it is the credential, so it works without a bearer token until it expires (410 export.expired); a wrong token is 404. Audited as its requester's download. Roles: none (the link is the credential).")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "410", description = "The link expired (export.expired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@PathParam("id") UUID id,
            @Parameter(description = "The link's key: the capability the export's status gave, valid until it expires", required = true, schema = @Schema(maxLength = 100)) @QueryParam("key") String token) {
        ExportJobs.Download d = jobs.download(id, token);
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
