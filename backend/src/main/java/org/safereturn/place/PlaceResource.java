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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.web.PageResponse;

/** Administrative units (national list, 2025 reform), for pickers and place codes. */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places", description = "Vietnam's administrative units after the 2025 reform")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class PlaceResource {
    @Inject
    PlaceService service;

    @GET
    @Operation(operationId = "listPlaces", summary = "List or search administrative units",
            description = "Without `parent`, the 34 provinces and centrally-run cities; with `parent`, its communes, wards and special zones. Roles: any signed-in role.")
    public PlacePage list(
            @Parameter(description = "Code of the parent unit (a province code)", example = "22") @QueryParam("parent") String parent,
            @Parameter(description = "Part of the name, accents optional, or the exact code", example = "hong gai") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "code or nameVi, then ,asc or ,desc") @QueryParam("sort") String sort) {
        PageResponse<PlaceDtos.PlaceView> result = service.search(parent, q, page, size, sort);
        return new PlacePage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPlace", summary = "One administrative unit", description = "Roles: any signed-in role.")
    public PlaceDtos.PlaceView get(@Parameter(description = "Official code", example = "06685") @PathParam("code") String code) {
        return service.get(code);
    }

    /** A page of places. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PlacePage")
    public record PlacePage(java.util.List<PlaceDtos.PlaceView> items, int page, int size, long total) {}
}
