package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.common.security.Roles;

/** The DHIS2 codes of the reports, kept by admins. */
@Path("/api/v1/admin/dhis2-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class Dhis2MappingResource {
    @Inject
    Dhis2Mapping mapping;
    @Inject
    Dhis2MappingService service;

    @Schema(name = "Dhis2DataElementMappingList")
    public record MappingList(List<Dhis2Mapping.Element> items) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "listDhis2Mappings", summary = "Every report's DHIS2 codes", description = "Roles: admin, analyst.")
    public MappingList list() {
        return new MappingList(mapping.all());
    }

    @GET
    @Path("/{report}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "getDhis2Mapping", summary = "A report's DHIS2 codes", description = "ETag is its version. Roles: admin, analyst.")
    public RestResponse<Dhis2Mapping.Element> get(@PathParam("report") String report) {
        Dhis2Mapping.Element e = service.get(report);
        return RestResponse.ResponseBuilder.ok(e).tag(new EntityTag(String.valueOf(e.version()))).build();
    }

    @PUT
    @Path("/{report}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putDhis2Mapping", summary = "Set a report's DHIS2 codes",
            description = "Creates the mapping, or replaces it with its ETag in If-Match (428 without, 412 stale). The disaggregation names at most two of the report's dimensions (not the place). Audited. Roles: admin.")
    public RestResponse<Dhis2Mapping.Element> put(@PathParam("report") String report,
            @Parameter(description = "The mapping's ETag, once it exists", schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Dhis2MappingService.MappingRequest request) {
        Dhis2Mapping.Element e = service.put(report, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(e).tag(new EntityTag(String.valueOf(e.version()))).build();
    }
}
