package org.safereturn.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

/** The consent ledger of a case: record, list, withdraw. */
@Path("/api/v1/cases/{caseId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "Consent for every sharing of a person's data")
@SecurityRequirement(name = "bearer")
public class ConsentResource {
    @Inject
    ConsentService service;

    @POST
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "recordConsent", summary = "Record a consent",
            description = "By the person or a guardian (name and relation), for a purpose, with an organization for sharing, the field groups, how it was recorded (a verbal consent needs a witness) and until when. Audited. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "201", description = "The recorded consent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentDtos.ConsentView.class)))
    public RestResponse<ConsentDtos.ConsentView> record(@PathParam("caseId") UUID caseId, @Valid @NotNull ConsentDtos.ConsentRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.record(caseId, body));
    }

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listConsents", summary = "The case's consent ledger", description = "Active and withdrawn, newest first. Audited. Roles: social-worker, supervisor.")
    public ConsentDtos.ConsentList list(@PathParam("caseId") UUID caseId) {
        return service.list(caseId);
    }

    @POST
    @Path("/{consentId}/withdraw")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent", description = "Takes effect at once; needs a reason. Audited. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "The consent, now withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentDtos.ConsentView.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn (consent.already-withdrawn)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsentDtos.ConsentView withdraw(@PathParam("caseId") UUID caseId, @PathParam("consentId") UUID consentId,
                                            @Valid @NotNull ConsentDtos.WithdrawalRequest body) {
        return service.withdraw(caseId, consentId, body.reason());
    }
}
