package org.safereturn.place;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.web.Params;

/** The units before the 2025 reform and today's units that succeeded them. */
@Path("/api/v1/legacy-places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class LegacyPlaceResource {
    @Inject
    LegacyPlaces places;

    @GET
    @Operation(operationId = "searchLegacyPlaces", summary = "Find a unit as it was before 1 July 2025",
            description = "By part of its name (accents optional) or its old code, with today's units that succeeded it. Roles: any signed-in role.")
    public LegacyPlaces.LegacyPlacePage search(
            @Parameter(description = "Part of the old unit's name, or its old code", required = true, example = "bach dang") @QueryParam("q") String q,
            @Parameter(description = "Only this level", schema = @Schema(implementation = LegacyPlaces.Level.class)) @QueryParam("level") String level,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return places.search(Params.enumOf(LegacyPlaces.Level.class, level, "level"), q, page, size);
    }

    @GET
    @Path("/{level}/{code}")
    @Operation(operationId = "getLegacyPlace", summary = "One unit as it was before 1 July 2025, with its successors",
            description = "Roles: any signed-in role.")
    public LegacyPlaces.LegacyPlaceView get(
            @Parameter(description = "PROVINCE, DISTRICT or COMMUNE", schema = @Schema(implementation = LegacyPlaces.Level.class)) @PathParam("level") String level,
            @Parameter(description = "The old code", example = "06694") @PathParam("code") String code) {
        return places.get(Params.enumOf(LegacyPlaces.Level.class, level, "level"), code);
    }
}
