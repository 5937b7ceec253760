package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.report.PlanDtos.PlanPage;
import org.safereturn.report.PlanDtos.PlanRequest;
import org.safereturn.report.PlanDtos.PlanView;

/** Plans of organizations: an organization's supervisors keep them, its social workers and analysts read them. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@SecurityRequirement(name = "bearer")
public class PlanResource {
    static final String WHO = " An organization's supervisors keep its plans and its social workers read them; analysts read every plan. Another organization's plan is 404.";

    @Inject
    PlanService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "listPlans", summary = "Plans", description = "Newest year first, then by title; paged." + WHO + " Roles: analyst, supervisor, social-worker.")
    public PlanPage list(
            @Parameter(description = "Only the plans of this year", example = "2026") @QueryParam("year") Integer year,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.search(year, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "getPlan", summary = "A plan with its targets", description = WHO + " Roles: analyst, supervisor, social-worker.")
    public RestResponse<PlanView> get(@PathParam("id") UUID id) {
        PlanView v = service.get(id);
        return tagged(RestResponse.ResponseBuilder.ok(v), v.version());
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "createPlan", summary = "Add a plan of the supervisor's organization", description = "For a province or commune and a year. Audited. Roles: supervisor.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public RestResponse<PlanView> create(@Valid @NotNull PlanRequest request, UriInfo uri) {
        PlanView v = service.create(request);
        return tagged(RestResponse.ResponseBuilder.<PlanView>created(uri.getAbsolutePathBuilder().path(v.id().toString()).build()).entity(v), v.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "updatePlan", summary = "Change a plan's reference, title, place, year or note",
            description = "Needs the ETag in If-Match: 428 without it, 412 when someone changed the plan (or its targets) since. The year cannot leave targets outside it (409 plan.targets-outside-year). Audited. Roles: supervisor.")
    public RestResponse<PlanView> update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PlanRequest request) {
        PlanView v = service.update(id, Etags.requireVersion(ifMatch), request);
        return tagged(RestResponse.ResponseBuilder.ok(v), v.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "deletePlan", summary = "Delete a plan and its targets",
            description = "Needs the ETag in If-Match (428 without, 412 stale). Audited. Roles: supervisor.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being deleted", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, Etags.requireVersion(ifMatch));
    }

    static <T> RestResponse<T> tagged(RestResponse.ResponseBuilder<T> builder, long version) {
        return builder.tag(new EntityTag(String.valueOf(version))).build();
    }
}
