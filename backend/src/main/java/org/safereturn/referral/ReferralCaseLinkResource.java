package org.safereturn.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
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
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.referral.ReferralDtos.ReferralView;

/** The receiver's link from a club's referral to its case for the person. */
@Path("/api/v1/referrals/{id}/linked-case")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = "bearer")
public class ReferralCaseLinkResource {
    private static final String WHO = " For a club's referral (an outreach contact or a member, no case) that the caller's organization received and accepted;"
            + " the case must be one of the caller's organization (else 404). The club never sees the link. Needs the referral's ETag in If-Match (428 without, 412 stale). Audited."
            + " Roles: social-worker, supervisor of the receiver.";

    @Inject
    ReferralCaseLinks links;

    @PUT
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "linkReferralToCase", summary = "Link a club's referral to the person's case",
            description = "When the person already has a case; an intake opened with fromReferralId links the new case itself. "
                    + "Linked to another case 409 referral.already-linked; not yet accepted 409 referral.invalid-transition; a closed case 409 referral.case-closed." + WHO)
    @APIResponse(responseCode = "200", description = "The referral with its caseLink; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "Not linkable now", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ReferralView> link(@PathParam("id") UUID id,
            @Parameter(description = "The referral's ETag", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReferralDtos.CaseLinkRequest request) {
        return tagged(links.link(id, Etags.requireVersion(ifMatch), request.caseId()));
    }

    @DELETE
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "unlinkReferralFromCase", summary = "Remove a link made by mistake",
            description = "The case's timeline and the audit keep that it was there. Not linked 409 referral.not-linked." + WHO)
    @APIResponse(responseCode = "200", description = "The referral without a caseLink; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> unlink(@PathParam("id") UUID id,
            @Parameter(description = "The referral's ETag", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return tagged(links.unlink(id, Etags.requireVersion(ifMatch)));
    }

    private static RestResponse<ReferralView> tagged(ReferralView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
