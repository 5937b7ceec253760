package org.safereturn.prevention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.prevention.PreventionDtos.CampaignPage;
import org.safereturn.prevention.PreventionDtos.CampaignRequest;
import org.safereturn.prevention.PreventionDtos.CampaignView;

/** Information campaigns for residents. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prevention")
@SecurityRequirement(name = "bearer")
public class CampaignResource {
    static final String WHO = " Supervisors and social workers record and read their organization's own (another's is 404); admins and analysts read every one.";

    @Inject
    CampaignService service;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "listCampaigns", summary = "Information campaigns, newest first",
            description = "Each with the people reached and their share of the commune's population." + WHO + " Roles: supervisor, social-worker, admin, analyst.")
    public CampaignPage list(@Parameter(description = "Only campaigns in this commune", example = "06685") @QueryParam("placeCode") String placeCode,
            @Parameter(description = "Only campaigns starting in this year", example = "2026") @QueryParam("year") Integer year,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.list(placeCode, year, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "getCampaign", summary = "One campaign", description = "ETag is its version." + WHO + " Roles: supervisor, social-worker, admin, analyst.")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public RestResponse<CampaignView> get(@PathParam("id") UUID id) {
        CampaignView c = service.get(id);
        return RestResponse.ResponseBuilder.ok(c).tag(new EntityTag(String.valueOf(c.version()))).build();
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "createCampaign", summary = "Record an information campaign",
            description = "Organized by the caller's organization in one commune; the people reached (by sex and age group, with how they were counted) may not add up to more than the commune's population (422 prevention.reach-exceeds-population). Audited. Roles: supervisor, social-worker.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "422", description = "Invalid, or more people reached than live in the commune (prevention.reach-exceeds-population)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CampaignView> create(@Valid @NotNull CampaignRequest request, UriInfo uri) {
        CampaignView c = service.create(request);
        return RestResponse.ResponseBuilder.<CampaignView>created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .entity(c).tag(new EntityTag(String.valueOf(c.version()))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "updateCampaign", summary = "Replace a campaign",
            description = "Needs the ETag in If-Match (428 without, 412 when changed since); the same checks as recording. Audited. Roles: supervisor, social-worker of the organizer.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public RestResponse<CampaignView> update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CampaignRequest request) {
        CampaignView c = service.update(id, Etags.requireVersion(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(c).tag(new EntityTag(String.valueOf(c.version()))).build();
    }
}
