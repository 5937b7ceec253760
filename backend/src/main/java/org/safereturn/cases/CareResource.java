package org.safereturn.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.Roles;

/** Protection and reintegration follow-up of a case (under /api/v1 like CaseResource: JAX-RS matches the longest class path first). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Protection and follow-up", description = "Risk assessments, protective measures and reintegration visits")
@SecurityRequirement(name = "bearer")
public class CareResource {
    @Inject
    CareRecords care;

    @POST
    @Path("/cases/{id}/risk-assessments")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "assessCaseRisk", summary = "Record a risk assessment and the protective measures",
            description = "Level, where the threat comes from, who is at risk, measures. Not on a closed case (409 case.closed). Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "201", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareDtos.RiskAssessmentView.class)))
    @APIResponse(responseCode = "409", description = "The case is closed (case.closed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CareDtos.RiskAssessmentView> assess(@PathParam("id") UUID id, @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, 
                                                            @Valid @NotNull CareDtos.RiskAssessmentRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, care.assess(id, body, idempotencyKey));
    }

    @GET
    @Path("/cases/{id}/risk-assessments")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listCaseRiskAssessments", summary = "The case's risk assessments, newest first", description = "Roles: social-worker, supervisor.")
    public CareDtos.RiskAssessmentList assessments(@PathParam("id") UUID id) {
        return care.assessments(id);
    }

    @POST
    @Path("/cases/{id}/follow-up-visits")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "recordFollowUpVisit", summary = "Record a reintegration follow-up visit",
            description = "Only after handover (409 case.not-handed-over). Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "201", description = "The visit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareDtos.VisitView.class)))
    @APIResponse(responseCode = "409", description = "The case was not handed over yet (case.not-handed-over)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CareDtos.VisitView> visit(@PathParam("id") UUID id, @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, 
                                                  @Valid @NotNull CareDtos.VisitRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, care.visit(id, body, idempotencyKey));
    }

    @GET
    @Path("/cases/{id}/follow-up-visits")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listFollowUpVisits", summary = "The case's follow-up visits, newest first", description = "Roles: social-worker, supervisor.")
    public CareDtos.VisitList visits(@PathParam("id") UUID id) {
        return care.visits(id);
    }
}
