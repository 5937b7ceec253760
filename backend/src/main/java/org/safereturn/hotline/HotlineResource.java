package org.safereturn.hotline;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;
import org.safereturn.hotline.HotlineDtos.LineView;

/** The hotline's reference data (lines, taxonomy), the operator console and the caller lookup. */
@Path("/api/v1/hotline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline")
@SecurityRequirement(name = "bearer")
public class HotlineResource {
    @Inject
    HotlineReference reference;
    @Inject
    HotlineConsole console;
    @Inject
    TicketService tickets;

    @GET
    @Path("/lines")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listHotlineLines", summary = "The hotlines, by code", description = "Roles: hotline-operator, social-worker, supervisor, admin.")
    public List<LineView> lines() {
        return reference.lines();
    }

    @POST
    @Path("/lines")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createHotlineLine", summary = "Add a hotline", description = "Audited. Roles: admin.")
    @APIResponse(responseCode = "201", description = "The line; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "409", description = "Another line has the code (line.code-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LineView> createLine(@Valid @NotNull HotlineDtos.LineRequest request, @Context UriInfo uri) {
        LineView created = reference.createLine(request);
        return RestResponse.ResponseBuilder.<LineView>created(uri.getBaseUriBuilder().path("api/v1/hotline/lines").path(created.id().toString()).build())
                .entity(created).tag(new EntityTag(String.valueOf(created.version()))).build();
    }

    @PUT
    @Path("/lines/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateHotlineLine", summary = "Change a hotline (or take it out of service)", description = "Audited. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The line; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "409", description = "Another line has the code (line.code-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<LineView> updateLine(@PathParam("id") UUID id,
                                             @Parameter(description = "The line's ETag (428 without, 412 when it changed since)", required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                             @Valid @NotNull HotlineDtos.LineRequest request) {
        LineView updated = reference.updateLine(id, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(updated).tag(new EntityTag(String.valueOf(updated.version()))).build();
    }

    @GET
    @Path("/categories")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "listHotlineCategories", summary = "The contact taxonomy, in order, with keyboard shortcuts",
            description = "Roles: hotline-operator, social-worker, supervisor, admin, analyst.")
    public List<HotlineDtos.CategoryView> categories() {
        return List.copyOf(reference.categories().values());
    }

    @PUT
    @Path("/categories/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "saveHotlineCategory", summary = "Add a category to the taxonomy or change one",
            description = "The code is kept for good (tickets carry it); take a category out of use with active=false. A change of an existing "
                    + "category sends its version in If-Match (428 without, 412 when changed since); adding one sends none. Audited. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The category",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineDtos.CategoryView.class)))
    @APIResponse(responseCode = "409", description = "Another category uses the shortcut (category.shortcut-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<HotlineDtos.CategoryView> saveCategory(@Parameter(description = "Upper-case code", example = "SEXUAL_EXPLOITATION") @PathParam("code") String code,
            @Parameter(description = "The category's ETag: required to change one, absent to add one", schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull HotlineDtos.CategoryRequest request) {
        HotlineDtos.CategoryView saved = reference.saveCategory(code, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(saved).tag(new EntityTag(String.valueOf(saved.version()))).build();
    }

    @GET
    @Path("/console")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getHotlineConsole", summary = "The operator console",
            description = "Open tickets by urgency and deadline (first 20 and the count), callbacks due within 24 hours or overdue, "
                    + "the caller's own open tickets, and today's counts per line, channel, urgency and category. No personal data. "
                    + "Roles: hotline-operator, social-worker, supervisor.")
    public HotlineDtos.Console console() {
        return console.console();
    }

    @POST
    @Path("/caller-lookup")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "lookupCaller", summary = "Earlier contacts and flags of a phone number",
            description = "For the call form, before the ticket is saved. The number travels in the body and is compared by its keyed hash. "
                    + "Audited. Roles: hotline-operator, social-worker, supervisor.")
    public HotlineDtos.CallerHistory lookup(@Valid @NotNull HotlineDtos.LookupRequest request) {
        return tickets.lookup(request.phone());
    }

    @DELETE
    @Path("/caller-flags/{id}")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "liftCallerFlag", summary = "Lift a flag before it expires", description = "Audited. Roles: hotline-operator, social-worker, supervisor.")
    @APIResponse(responseCode = "204", description = "Lifted")
    public RestResponse<Void> liftFlag(@PathParam("id") UUID id) {
        tickets.liftFlag(id);
        return RestResponse.noContent();
    }
}
