package org.safereturn.report;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.safereturn.report.PlanDtos.IndicatorList;
import org.safereturn.report.PlanDtos.IndicatorRequest;
import org.safereturn.report.PlanDtos.IndicatorView;

/** The indicators plans set targets for, kept as data. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Indicators, plans with targets per indicator, place and period, and progress against them")
@SecurityRequirement(name = "bearer")
public class IndicatorResource {
    @Inject
    IndicatorService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.ADMIN})
    @Operation(operationId = "listIndicators", summary = "Every indicator", description = "By code. Roles: analyst, supervisor, social-worker, admin.")
    public IndicatorList list() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.ADMIN})
    @Operation(operationId = "getIndicator", summary = "One indicator", description = "Roles: analyst, supervisor, social-worker, admin.")
    public RestResponse<IndicatorView> get(@Parameter(example = "VERIFIED_WITHIN_3_DAYS") @PathParam("code") String code) {
        IndicatorView v = service.get(code);
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(String.valueOf(v.version()))).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createIndicator", summary = "Define an indicator",
            description = "Its numerator and denominator each count a report of GET /api/reports, restricted to the values of its dimensions; a PERCENT indicator needs a denominator, a COUNT one has none. An unknown report, dimension or value is 422. Audited. Roles: admin.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (indicator.exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<IndicatorView> create(@Valid @NotNull IndicatorRequest request, UriInfo uri) {
        IndicatorView v = service.create(request);
        return RestResponse.ResponseBuilder.<IndicatorView>created(uri.getAbsolutePathBuilder().path(v.code()).build()).entity(v)
                .tag(new EntityTag(String.valueOf(v.version()))).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateIndicator", summary = "Redefine an indicator",
            description = "The code stays. Needs the ETag in If-Match: 428 without it, 412 when someone changed it since. Plans' actuals follow the new definition at once. Audited. Roles: admin.")
    public RestResponse<IndicatorView> update(@PathParam("code") String code,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IndicatorRequest request) {
        IndicatorView v = service.update(code, Etags.requireVersion(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(String.valueOf(v.version()))).build();
    }
}
