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
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.prevention.PreventionDtos.TrainingPage;
import org.safereturn.prevention.PreventionDtos.TrainingRequest;
import org.safereturn.prevention.PreventionDtos.TrainingView;

/** Trainings of officers. */
@Path("/api/v1/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prevention", description = "Trainings of officers and information campaigns for residents, with their denominators")
@SecurityRequirement(name = "bearer")
public class TrainingResource {
    static final String WHO = " Supervisors and social workers record and read their organization's own (another's is 404); admins and analysts read every one without the participants' names.";

    @Inject
    TrainingService service;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "listTrainings", summary = "Trainings, newest first",
            description = "Each with its participants counted (names left out) and who was trained in all." + WHO + " Roles: supervisor, social-worker, admin, analyst.")
    public TrainingPage list(@Parameter(description = "Only trainings starting in this year", example = "2022") @QueryParam("year") Integer year,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.list(year, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "getTraining", summary = "One training",
            description = "The organizer's users read the named participants (audited). ETag is its version." + WHO + " Roles: supervisor, social-worker, admin, analyst.")
    @APIResponse(responseCode = "200", description = "The training",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingView.class)))
    public RestResponse<TrainingView> get(@PathParam("id") UUID id) {
        TrainingView t = service.get(id);
        return RestResponse.ResponseBuilder.ok(t).tag(new EntityTag(String.valueOf(t.version()))).build();
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "createTraining", summary = "Record a training",
            description = "Organized by the caller's organization; participants named with attendance (names stored encrypted), counted by organization, commune or unit for large classes, or both. Audited. Roles: supervisor, social-worker.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingView.class)))
    public RestResponse<TrainingView> create(@Valid @NotNull TrainingRequest request, UriInfo uri) {
        TrainingView t = service.create(request);
        return RestResponse.ResponseBuilder.<TrainingView>created(uri.getAbsolutePathBuilder().path(t.id().toString()).build())
                .entity(t).tag(new EntityTag(String.valueOf(t.version()))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "updateTraining", summary = "Replace a training and its participants",
            description = "Needs the ETag in If-Match (428 without, 412 when changed since). Audited. Roles: supervisor, social-worker of the organizer.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingView.class)))
    public RestResponse<TrainingView> update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TrainingRequest request) {
        TrainingView t = service.update(id, Etags.requireVersion(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(t).tag(new EntityTag(String.valueOf(t.version()))).build();
    }
}
