package org.safereturn.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.Roles;

/** The caller's half-done intake, kept on the server instead of the browser. */
@Path("/api/v1/intake-drafts/mine")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class IntakeDraftResource {
    private static final String IF_MATCH = "The draft's ETag: required once a draft exists, absent before the first save";

    @Inject
    IntakeDrafts drafts;

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.HOTLINE_OPERATOR})
    @Operation(operationId = "getMyIntakeDraft", summary = "My half-done intake",
            description = "404 when there is none (or it is more than a week old). Only its author reads it. Audited. Roles: social-worker, supervisor, hotline-operator.")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDtos.DraftView.class)))
    @APIResponse(responseCode = "404", description = "No draft (intake-draft.none)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CaseDtos.DraftView> mine() {
        return tagged(drafts.mine().orElseThrow(() -> new ProblemException(404, "intake-draft.none", "No draft", "You have no half-done intake")));
    }

    private static RestResponse<CaseDtos.DraftView> tagged(CaseDtos.DraftView draft) {
        return RestResponse.ResponseBuilder.ok(draft).tag(new EntityTag(String.valueOf(draft.version()))).build();
    }

    @PUT
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.HOTLINE_OPERATOR})
    @Operation(operationId = "saveMyIntakeDraft", summary = "Keep my half-done intake",
            description = "Replaces the draft; encrypted, kept a week from this save, removed when an intake is sent. The first save sends no If-Match; "
                    + "once a draft exists, every save (autosaves too) sends its ETag (428 without; 412 when another tab or device saved, sent or "
                    + "discarded it since). Audited. Roles: social-worker, supervisor, hotline-operator.")
    public RestResponse<CaseDtos.DraftView> save(@Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                                                 @Valid @NotNull CaseDtos.DraftRequest body) {
        return tagged(drafts.save(body, ifMatch));
    }

    @DELETE
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.HOTLINE_OPERATOR})
    @Operation(operationId = "discardMyIntakeDraft", summary = "Discard my half-done intake",
            description = "Sends the draft's ETag in If-Match (428 without, 412 when saved since); none when there is no draft. Audited. Roles: social-worker, supervisor, hotline-operator.")
    @APIResponse(responseCode = "204", description = "Gone (or there was none)")
    public RestResponse<Void> discard(@Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        drafts.discard(ifMatch);
        return RestResponse.noContent();
    }
}
