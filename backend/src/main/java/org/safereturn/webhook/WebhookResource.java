package org.safereturn.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.safereturn.webhook.WebhookDtos.WebhookView;

/** The webhook endpoints of the caller's organization. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed events to a partner's endpoint when a referral to or from it changes")
@SecurityRequirement(name = "bearer")
public class WebhookResource {
    private static final String IF_MATCH = "The endpoint's ETag, or its version quoted (428 without, 412 when it changed since)";

    @Inject
    WebhookService service;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createWebhook", summary = "Register an endpoint",
            description = "Every change of a referral to or from the caller's organization is POSTed to the URL as JSON (ids and codes, no "
                    + "personal data) with the headers SafeReturn-Event-Id, SafeReturn-Event-Type, SafeReturn-Delivery-Id, SafeReturn-Timestamp "
                    + "(Unix seconds) and SafeReturn-Signature: `v1=` + hex HMAC-SHA256, keyed with the secret, of `<timestamp>.<body>`. "
                    + "A 2xx answer delivers it; otherwise it is retried with growing waits and dead-lettered after the last try. "
                    + "Deliveries are at least once: use the event id to ignore a repeat. The URL must be HTTPS and must not point to a "
                    + "private or internal address (422). The secret is in this answer only. Audited. Roles: partner, supervisor, admin.")
    @APIResponse(responseCode = "201", description = "Registered; keep the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "422", description = "The URL is not HTTPS, does not resolve or points to a private address; or too many endpoints (webhook.too-many)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<WebhookView> create(@Valid @NotNull WebhookDtos.WebhookRequest request, @Context UriInfo uri) {
        WebhookView created = service.create(request);
        return RestResponse.ResponseBuilder.<WebhookView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).tag(new EntityTag(String.valueOf(created.version()))).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listWebhooks", summary = "My organization's endpoints", description = "Without secrets. Roles: partner, supervisor, admin.")
    public WebhookDtos.WebhookList list() {
        return service.list();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD) // no body: a call without Content-Type is not 415
    @RolesAllowed({Roles.PARTNER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's secret",
            description = "Answers a new secret, once. Until previousSecretValidUntil (safereturn.webhooks.secret-grace, 24 hours by default) "
                    + "every delivery carries two signatures, `v1=<new>,v1=<old>`, so the partner can switch without losing one; then only the "
                    + "new secret signs. Needs If-Match: of two rotations at once, one is 412 rather than a secret that never signs. Audited. Roles: partner, supervisor, admin.")
    public RestResponse<WebhookView> rotateSecret(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return tagged(service.rotateSecret(id, ifMatch));
    }

    @PUT
    @Path("/{id}/event-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "chooseWebhookEventTypes", summary = "Choose the event types an endpoint receives",
            description = "An empty list: all. An unknown type is 422. Needs If-Match. Audited. Roles: partner, supervisor, admin.")
    public RestResponse<WebhookView> chooseEventTypes(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
                                                      @Valid @NotNull WebhookDtos.EventTypesRequest body) {
        return tagged(service.chooseEventTypes(id, ifMatch, body.eventTypes()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "deleteWebhook", summary = "Remove an endpoint",
            description = "Nothing more is sent to it; deliveries still waiting for it are dead-lettered. Needs If-Match. Audited. Roles: partner, supervisor, admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING), example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.remove(id, ifMatch);
    }

    private static RestResponse<WebhookView> tagged(WebhookView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
