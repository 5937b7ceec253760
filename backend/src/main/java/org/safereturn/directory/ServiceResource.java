package org.safereturn.directory;

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
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.Params;
import org.safereturn.directory.DirectoryDtos.ServicePage;
import org.safereturn.directory.DirectoryDtos.ServiceRequest;
import org.safereturn.directory.DirectoryDtos.ServiceView;

/** The directory's services: read by every signed-in role, changed by admins. */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Organizations and the services they offer")
@SecurityRequirement(name = "bearer")
public class ServiceResource {
    @Inject
    ServiceCatalog service;

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "listServices", summary = "Search services",
            description = "Filter by text (accents optional), type, status, organization and place; paged and sorted. Roles: any signed-in role.")
    public ServicePage list(
            @Parameter(description = "Part of the name or description", example = "tu van") @QueryParam("q") String q,
            @Parameter(description = "Service type", schema = @Schema(implementation = ServiceType.class)) @QueryParam("type") String type,
            @Parameter(description = "Service status", schema = @Schema(implementation = ServiceStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only the services of this organization", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Administrative unit code", example = "06685") @QueryParam("placeCode") String placeCode,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "nameVi, type, status, createdAt or updatedAt, then ,asc or ,desc", example = "nameVi,asc") @QueryParam("sort") String sort) {
        return service.list(q, Params.enumOf(ServiceType.class, type, "type"), Params.enumOf(ServiceStatus.class, status, "status"),
                Params.uuidOf(organizationId, "organizationId"), placeCode, page, size, sort);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    @Operation(operationId = "getService", summary = "One service", description = "Answers its version as ETag. Roles: any signed-in role.")
    @APIResponse(responseCode = "200", description = "The service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    public RestResponse<ServiceView> get(@PathParam("id") UUID id) {
        ServiceView view = service.get(id);
        return OrganizationResource.withEtag(RestResponse.ResponseBuilder.ok(view), view.version());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createService", summary = "Add a service to an organization", description = "Audited. Roles: admin.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "409", description = "A service with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ServiceView> create(
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result; with another body, 422", example = "b2f4c1de-2a41-4c55-9d3c-7a1e6f0a9b10") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull ServiceRequest request, UriInfo uri) {
        ServiceView created = service.create(request, idempotencyKey);
        return OrganizationResource.withEtag(RestResponse.ResponseBuilder.<ServiceView>created(
                uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created), created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateService", summary = "Replace a service",
            description = "Needs the ETag in If-Match: 428 without it, 412 when someone changed the record since. Audited with the changed fields. Roles: admin.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    public RestResponse<ServiceView> update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ServiceRequest request) {
        ServiceView updated = service.update(id, Etags.requireVersion(ifMatch), request);
        return OrganizationResource.withEtag(RestResponse.ResponseBuilder.ok(updated), updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteService", summary = "Remove a service",
            description = "Needs If-Match. Audited. Prefer status DEFUNCT for a service that existed. Roles: admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id,
                       @Parameter(description = "The ETag of the version being removed", required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, Etags.requireVersion(ifMatch));
    }
}
