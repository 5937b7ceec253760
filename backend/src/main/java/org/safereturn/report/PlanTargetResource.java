package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.report.PlanDtos.TargetRequest;
import org.safereturn.report.PlanDtos.TargetView;

/** A plan's targets: one per indicator, place and period. A change moves the plan's ETag too. */
@Path("/api/v1/plans/{planId}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@SecurityRequirement(name = "bearer")
public class PlanTargetResource {
    private static final String RULES = " The indicator must exist (422), the place be the plan's or one of its communes, the period a year, quarter or month of the plan's year; one target per indicator, place and period (409 plan.target-exists). Audited. Roles: supervisor.";

    @Inject
    PlanService service;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "addPlanTarget", summary = "Add a target to a plan", description = "The plan's place and year when absent." + RULES)
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "409", description = "The plan has a target for this indicator, place and period (plan.target-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TargetView> add(@PathParam("planId") UUID planId, @Valid @NotNull TargetRequest request, UriInfo uri) {
        TargetView v = service.addTarget(planId, request);
        return PlanResource.tagged(RestResponse.ResponseBuilder.<TargetView>created(uri.getAbsolutePathBuilder().path(v.id().toString()).build()).entity(v),
                v.version());
    }

    @PUT
    @Path("/{targetId}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "updatePlanTarget", summary = "Change a target",
            description = "Needs the target's ETag in If-Match: 428 without it, 412 when someone changed it since." + RULES)
    public RestResponse<TargetView> update(@PathParam("planId") UUID planId, @PathParam("targetId") UUID targetId,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TargetRequest request) {
        TargetView v = service.updateTarget(planId, targetId, Etags.requireVersion(ifMatch), request);
        return PlanResource.tagged(RestResponse.ResponseBuilder.ok(v), v.version());
    }

    @DELETE
    @Path("/{targetId}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "removePlanTarget", summary = "Remove a target", description = "Needs the target's ETag in If-Match (428 without, 412 stale). Audited. Roles: supervisor.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("planId") UUID planId, @PathParam("targetId") UUID targetId,
            @Parameter(description = "The ETag of the version being removed", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.removeTarget(planId, targetId, Etags.requireVersion(ifMatch));
    }
}
