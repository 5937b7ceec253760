package org.safereturn.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.Params;

/** The support plan of a case (entitlements, deliveries) and the provinces' cash rates. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support", description = "Entitlements under Art. 37, supports delivered, cash rates")
@SecurityRequirement(name = "bearer")
public class SupportResource {
    @Inject
    SupportPlan plan;
    @Inject
    CashRates rates;

    @GET
    @Path("/cases/{id}/entitlements")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getCaseEntitlements", summary = "What each person of the case may get",
            description = "Every support of the law's list, allowed or denied with a reason code, and what was delivered. Roles: social-worker, supervisor.")
    public SupportDtos.CaseEntitlements entitlements(@PathParam("id") UUID id) {
        return plan.entitlements(id);
    }

    @GET
    @Path("/cases/{id}/supports")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listCaseSupports", summary = "Supports delivered", description = "Newest first. Roles: social-worker, supervisor.")
    public SupportDtos.DeliveryList deliveries(@PathParam("id") UUID id) {
        return plan.deliveries(id);
    }

    @POST
    @Path("/cases/{id}/supports")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "deliverCaseSupport", summary = "Record a support delivered",
            description = "Beyond the entitlement: 409 support.not-entitled, unless a supervisor sends an override with a reason (audited). A cash support without an amount is priced from the province's rate. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "201", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportDtos.DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "Not entitled (support.not-entitled)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<SupportDtos.DeliveryView> deliver(@PathParam("id") UUID id, @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, 
                                                          @Valid @NotNull SupportDtos.DeliveryRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, plan.deliver(id, body, idempotencyKey));
    }

    @GET
    @Path("/cash-rates")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "listCashRates", summary = "The provinces' cash rates", description = "Roles: admin, supervisor, social-worker.")
    public SupportDtos.CashRateList list(
            @Parameter(description = "Province code", example = "22") @QueryParam("provinceCode") String provinceCode,
            @Parameter(description = "Support type", schema = @Schema(implementation = SupportType.class)) @QueryParam("supportType") String supportType,
            @Parameter(description = "Only rates in force on this day (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("on") String on) {
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? null : LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("on", "must be a date, YYYY-MM-DD");
        }
        return rates.list(provinceCode, Params.enumOf(SupportType.class, supportType, "supportType"), day);
    }

    @POST
    @Path("/cash-rates")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCashRate", summary = "Add a province's cash rate", description = "Periods of one province and support must not overlap (409 cash-rate.overlap). Audited. Roles: admin.")
    @APIResponse(responseCode = "201", description = "The rate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportDtos.CashRateView.class)))
    @APIResponse(responseCode = "409", description = "Overlapping period (cash-rate.overlap)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<SupportDtos.CashRateView> create(@Valid @NotNull SupportDtos.CashRateRequest body) {
        SupportDtos.CashRateView created = rates.create(body);
        return RestResponse.ResponseBuilder.<SupportDtos.CashRateView>create(RestResponse.Status.CREATED).entity(created)
                .tag(new EntityTag(String.valueOf(created.version()))).build();
    }

    @PUT
    @Path("/cash-rates/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCashRate", summary = "Change a cash rate", description = "Needs If-Match. Audited. Roles: admin.")
    public RestResponse<SupportDtos.CashRateView> update(@PathParam("id") UUID id,
            @Parameter(description = "The rate's ETag", required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SupportDtos.CashRateRequest body) {
        SupportDtos.CashRateView updated = rates.update(id, Etags.requireVersion(ifMatch), body);
        return RestResponse.ResponseBuilder.ok(updated).tag(new EntityTag(String.valueOf(updated.version()))).build();
    }
}
