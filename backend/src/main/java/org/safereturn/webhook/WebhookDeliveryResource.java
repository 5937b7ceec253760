package org.safereturn.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;
import org.safereturn.webhook.WebhookDtos.DeliveryView;

/** What was sent to the caller's organization's endpoints, and replaying it. */
@Path("/api/v1/webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearer")
public class WebhookDeliveryResource {
    @Inject
    WebhookService service;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listWebhookDeliveries", summary = "Deliveries to my organization's endpoints",
            description = "Newest first, with tries, the last answer or error, and the exact body that was signed. Roles: partner, supervisor, admin.")
    public WebhookDtos.DeliveryPage list(
            @Parameter(description = "PENDING, DELIVERED or DEAD (dead-lettered)", schema = @Schema(enumeration = {"PENDING", "DELIVERED", "DEAD"})) @QueryParam("status") String status,
            @Parameter(description = "Only the deliveries to this endpoint") @QueryParam("webhookId") UUID webhookId,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.deliveries(status, webhookId, page, size);
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Roles.PARTNER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again",
            description = "A delivered or dead-lettered delivery is tried again from its first try, with the same event id and body. "
                    + "409 while it is still being tried. Audited. Roles: partner, supervisor, admin.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "Still being tried (webhook.delivery-pending) or the endpoint was removed (webhook.removed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DeliveryView> replay(@PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, service.replay(id)).build();
    }
}
