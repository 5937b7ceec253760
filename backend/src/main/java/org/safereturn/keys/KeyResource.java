package org.safereturn.keys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;

/** Key rotation: after a new data key is configured, move every encrypted value to it. */
@Path("/api/v1/admin/reencryptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys", description = "Rotating the keys that encrypt personal data")
@SecurityRequirement(name = "bearer")
public class KeyResource {
    @Inject
    Reencryption reencryption;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "startReencryption", summary = "Move every encrypted value to the current key",
            description = "Runs in the background in batches; follow it with getReencryption. 409 while one runs. Audited. Roles: admin.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyDtos.JobView.class)))
    @APIResponse(responseCode = "409", description = "One is already running (crypto.reencryption-running)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<KeyDtos.JobView> start(UriInfo uri) {
        KeyDtos.JobView job = reencryption.start();
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, job)
                .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build()).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listReencryptions", summary = "The current key id and the latest re-encryptions", description = "Roles: admin.")
    public KeyDtos.JobList list() {
        return reencryption.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getReencryption", summary = "A re-encryption's progress", description = "Roles: admin.")
    public KeyDtos.JobView get(@PathParam("id") UUID id) {
        return reencryption.get(id);
    }
}
