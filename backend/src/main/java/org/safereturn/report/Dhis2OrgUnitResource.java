package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.security.Roles;

/** The DHIS2 org unit codes of places, kept by admins. */
@Path("/api/v1/admin/dhis2-org-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class Dhis2OrgUnitResource {
    @Inject
    Dhis2MappingService service;

    @Schema(name = "Dhis2OrgUnitList")
    public record OrgUnitList(List<Dhis2MappingService.OrgUnitView> items) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "listDhis2OrgUnits", summary = "The places with a DHIS2 org unit code",
            description = "A place without one is sent under its own code. Roles: admin, analyst.")
    public OrgUnitList list() {
        return new OrgUnitList(service.orgUnits());
    }

    @PUT
    @Path("/{placeCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putDhis2OrgUnit", summary = "Set a place's DHIS2 org unit code",
            description = "A code only (no personal data). Changing a place's code sends its version in If-Match (428 without, 412 when changed since); "
                    + "setting a first one sends none. Unknown place 404. Audited. Roles: admin.")
    public RestResponse<Dhis2MappingService.OrgUnitView> put(@PathParam("placeCode") String placeCode,
            @Parameter(description = "The code's ETag: required to change it, absent to set a first one", schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Dhis2MappingService.OrgUnitRequest request) {
        Dhis2MappingService.OrgUnitView saved = service.putOrgUnit(placeCode, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(saved).tag(new EntityTag(String.valueOf(saved.version()))).build();
    }
}
