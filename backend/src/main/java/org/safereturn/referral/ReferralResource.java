package org.safereturn.referral;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.safereturn.common.print.PdfResponses;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Params;
import org.safereturn.referral.ReferralDtos.ReferralView;
import org.safereturn.referral.ReferralLifecycle.Act;

/**
 * Referrals between organizations: the sender's and the receiver's steps, history and comments,
 * the inbox and outbox, and the changes feed partners catch up from.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals between organizations and partner NGOs, with a closed feedback loop")
@SecurityRequirement(name = "bearer")
public class ReferralResource {
    private static final String IF_MATCH = "The referral's ETag (428 without, 412 when it changed since)";
    private static final String KEY = "Makes a retry safe: the same key with the same body changes nothing more and answers the referral";
    private static final String STEP_409 = "Not allowed from the current status (referral.invalid-transition)";

    @Inject
    ReferralService service;
    @Inject
    ReferralLetter letter;

    @POST
    @Path("/referrals")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "createReferral", summary = "Refer a case to another organization (a draft)",
            description = "From a case of the caller's organization, to another active organization, optionally for one of its services. "
                    + "The field groups to share must be covered by the person's consent to share with that organization (409 referral.consent-missing), "
                    + "unless a supervisor records an emergency override with a reason (audited). Send it with /send. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "201", description = "The draft; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "No consent covers the sharing (referral.consent-missing), or the case is closed (referral.case-closed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ReferralView> create(@Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                             @Valid @NotNull ReferralDtos.ReferralRequest request, @Context UriInfo uri) {
        ReferralView created = service.create(request, idempotencyKey);
        return RestResponse.ResponseBuilder.<ReferralView>created(uri.getBaseUriBuilder().path("api/v1/referrals").path(created.id().toString()).build())
                .entity(created).tag(new EntityTag(String.valueOf(created.version()))).build();
    }

    @GET
    @Path("/referrals")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "listReferrals", summary = "Inbox or outbox of my organization",
            description = "`direction=incoming` lists what was sent to the caller's organization (never drafts), newest sent first; "
                    + "`outgoing` what it created, newest first. No personal data. Roles: social-worker, supervisor, partner.")
    public ReferralDtos.ReferralPage list(
            @Parameter(required = true, schema = @Schema(enumeration = {"incoming", "outgoing"})) @QueryParam("direction") String direction,
            @Parameter(description = "Referral status", schema = @Schema(implementation = ReferralStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only (or, false, no) referrals sent and unanswered past their due time") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only the referrals of this case") @QueryParam("caseId") UUID caseId,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "createdAt, sentAt, updatedAt, answerDueAt, status or urgency, then ,asc or ,desc") @QueryParam("sort") String sort) {
        return service.list(direction, Params.enumOf(ReferralStatus.class, status, "status"), overdue, caseId, page, size, sort);
    }

    @GET
    @Path("/referrals/changes")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "listReferralChanges", summary = "Changes feed of my organization's referrals",
            description = "Every step of every referral the caller's organization is party to, in commit order, after the cursor `since` "
                    + "(absent: from the start). Call again with nextCursor until items is empty; a partner that missed webhooks catches up here. "
                    + "Roles: social-worker, supervisor, partner.")
    public ReferralDtos.Changes changes(@Parameter(description = "A cursor from an earlier answer") @QueryParam("since") String since,
                                        @Parameter(description = "At most this many changes, 1 to 1000 (default 100)") @QueryParam("limit") Integer limit) {
        return service.changes(since, limit);
    }

    @GET
    @Path("/referrals/{id}")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "getReferral", summary = "A referral with its history and the shared part of the case",
            description = "For the sender and the receiver only (404 for any other organization, and for the receiver while a draft). "
                    + "sharedCase holds only the field groups the consent shares with the receiver now. Audited. Roles: social-worker, supervisor, partner.")
    @APIResponse(responseCode = "200", description = "The referral; its version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @GET
    @Path("/referrals/{id}/letter")
    @Produces({PdfResponses.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "printReferralLetter", summary = "The referral letter (giấy chuyển gửi) as PDF",
            description = "In the official layout: sender, receiver, the service and why, and the person only as the referral shares them (consent or override; none once it has ended). 404 to an organization not party to it. Audited as a read (REFERRAL_PRINTED). Roles: social-worker, supervisor, partner.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = PdfResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response printLetter(@PathParam("id") UUID id) {
        var printed = letter.print(id);
        return PdfResponses.attachment(printed.fileName(), printed.pdf());
    }

    @POST
    @Path("/referrals/{id}/send")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "sendReferral", summary = "Send a draft", description = "DRAFT → SENT; the answer is due by urgency. Consent is checked again. Sender. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The referral after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> send(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid ReferralDtos.NoteBody body) {
        return step(id, Act.SEND, ifMatch, key, body == null ? null : body.note(), null, null);
    }

    @POST
    @Path("/referrals/{id}/accept")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "acceptReferral", summary = "Accept", description = "SENT → ACCEPTED. Receiver. Roles: social-worker, supervisor, partner.")
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The referral after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> accept(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                             @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid ReferralDtos.NoteBody body) {
        return step(id, Act.ACCEPT, ifMatch, key, body == null ? null : body.note(), null, null);
    }

    @POST
    @Path("/referrals/{id}/decline")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "declineReferral", summary = "Decline, with a reason", description = "SENT → DECLINED. Receiver. Roles: social-worker, supervisor, partner.")
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The referral after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> decline(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                              @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull ReferralDtos.DeclineBody body) {
        return step(id, Act.DECLINE, ifMatch, key, null, body.reason(), null);
    }

    @POST
    @Path("/referrals/{id}/start")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "startReferral", summary = "Start the service", description = "ACCEPTED → IN_PROGRESS. Receiver. Roles: social-worker, supervisor, partner.")
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The referral after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> start(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                            @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid ReferralDtos.NoteBody body) {
        return step(id, Act.START, ifMatch, key, body == null ? null : body.note(), null, null);
    }

    @POST
    @Path("/referrals/{id}/complete")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "completeReferral", summary = "Report the outcome", description = "ACCEPTED | IN_PROGRESS → COMPLETED, with the outcome the sender will see. Receiver. Roles: social-worker, supervisor, partner.")
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The referral after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> complete(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                               @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull ReferralDtos.CompleteBody body) {
        return step(id, Act.COMPLETE, ifMatch, key, body.note(), null, body.outcome());
    }

    @POST
    @Path("/referrals/{id}/cancel")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "cancelReferral", summary = "Cancel, with a reason", description = "Any status before completion → CANCELLED. Sender. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The referral after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> cancel(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                             @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull ReferralDtos.CancelBody body) {
        return step(id, Act.CANCEL, ifMatch, key, null, body.reason(), null);
    }

    @POST
    @Path("/referrals/{id}/escalate")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "escalateReferral", summary = "Remind the receiver of an unanswered referral", description = "SENT stays SENT; the step is recorded and shown to both sides. Sender. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The referral after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> escalate(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                               @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid ReferralDtos.NoteBody body) {
        return step(id, Act.ESCALATE, ifMatch, key, body == null ? null : body.note(), null, null);
    }

    @GET
    @Path("/referrals/{id}/comments")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "listReferralComments", summary = "Comments on a referral, oldest first", description = "Roles: social-worker, supervisor, partner (either side).")
    public ReferralDtos.CommentList comments(@PathParam("id") UUID id) {
        return service.comments(id);
    }

    @POST
    @Path("/referrals/{id}/comments")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.PARTNER})
    @Operation(operationId = "addReferralComment", summary = "Comment on a referral", description = "Either side, in any status. Roles: social-worker, supervisor, partner.")
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralDtos.Step.class)))
    public RestResponse<ReferralDtos.Step> comment(@PathParam("id") UUID id, @Parameter(description = KEY) @HeaderParam(IdempotencyKeys.HEADER) String key,
                                                   @Valid @NotNull ReferralDtos.CommentBody body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.comment(id, body.text(), key));
    }

    private RestResponse<ReferralView> step(UUID id, Act act, String ifMatch, String key, String note, String reason, Outcome outcome) {
        return tagged(service.act(id, act, ifMatch, key, new ReferralService.StepInput(note, reason, outcome)));
    }

    private static RestResponse<ReferralView> tagged(ReferralView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
