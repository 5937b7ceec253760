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
import jakarta.ws.rs.QueryParam;
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
import org.safereturn.cases.CaseDtos.CaseView;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.print.PdfResponses;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Params;

/** Intake and the case's legal path. Cases are visible only to the staff of the receiving organization. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Victim intake and case management along the legal path")
@SecurityRequirement(name = "bearer")
public class CaseResource {
    private static final String IF_MATCH = "The case's ETag (428 without, 412 when it changed since)";
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern.compile("(?i)[A-Z]{2,4}-\\d{4}-\\d{6}");

    @Inject
    CaseService service;
    @Inject
    CaseNotes notes;
    @Inject
    CaseTimeline timeline;
    @Inject
    CasePrintouts printouts;
    @Inject
    CaseAccessHistory accessHistory;

    @POST
    @Path("/intakes")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.HOTLINE_OPERATOR})
    @Operation(operationId = "createIntake", summary = "Receive a person: open a case",
            description = "Opens a case numbered per organization and year, with the law's 3-day verification deadline. Possible duplicates (same ID number, or same name, birth year and home place) are listed, never merged; not to hotline operators, who get back only what they sent. Audited. Roles: social-worker, supervisor, hotline-operator.")
    @APIResponse(responseCode = "201", description = "The new case; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> receive(
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CaseDtos.IntakeRequest request, UriInfo uri) {
        CaseView created = service.receive(request, idempotencyKey);
        return RestResponse.ResponseBuilder.<CaseView>created(uri.getBaseUriBuilder().path("api/v1/cases").path(created.id().toString()).build())
                .entity(created).tag(new EntityTag(String.valueOf(created.version()))).build();
    }

    @GET
    @Path("/cases")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listCases", summary = "The organization's cases",
            description = "`view=mine` lists cases assigned to (or opened by) the caller. `q` here is a case number only: names and ID numbers are searched with searchCases, in a body, never in a URL (proxy logs). Audited. Roles: social-worker, supervisor (hotline operators find a case by its number only, with getCaseBriefByNumber).")
    public CaseDtos.CasePage list(
            @Parameter(description = "mine or organization (default)", schema = @Schema(enumeration = {"mine", "organization"})) @QueryParam("view") String view,
            @Parameter(description = "Case status", schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Case category", schema = @Schema(implementation = CaseCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "Only cases past their verification deadline") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only handed-over cases whose next follow-up visit is due today or earlier") @QueryParam("visitDue") Boolean visitDue,
            @Parameter(description = "Only cases still waiting for their verification to end (OPEN or UNDER_VERIFICATION), overdue or not") @QueryParam("awaitingVerification") Boolean awaitingVerification,
            @Parameter(description = "Case number", example = "QN-2026-000001") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "receivedAt, caseNumber, status, verificationDueAt, nextVisitDue or updatedAt, then ,asc or ,desc") @QueryParam("sort") String sort) {
        if (q != null && !q.isBlank() && !CASE_NUMBER.matcher(q.trim()).matches()) {
            throw ProblemException.invalid("q", "only a case number here: search names and ID numbers with POST /api/v1/cases/search, so they never travel in a URL");
        }
        return service.list(view, Params.enumOf(CaseStatus.class, status, "status"),
                Params.enumOf(CaseCategory.class, category, "category"), overdue, visitDue, awaitingVerification, q, page, size, sort);
    }

    @POST
    @Path("/cases/search")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "searchCases", summary = "Search the organization's cases",
            description = "As listCases, with the search in the body: `q` finds a case number, or a person by full name or ID number (exact, accents and case ignored, through a blind index). Audited. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDtos.CasePage.class)))
    public CaseDtos.CasePage search(@Valid @NotNull CaseDtos.CaseSearch body) {
        return service.list(body.view(), body.status(), body.category(), body.overdue(), body.visitDue(), body.awaitingVerification(), body.q(),
                body.page(), body.size(), body.sort());
    }

    @GET
    @Path("/cases/{id}")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getCase", summary = "One case",
            description = "404 outside the caller's organization. Audited. Roles: social-worker, supervisor (hotline operators read the brief, getCaseBrief).")
    @APIResponse(responseCode = "200", description = "The case; its version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @GET
    @Path("/case-briefs/{id}")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getCaseBrief", summary = "A case's brief",
            description = "Number, status, category, the person's initials and the assigned worker: what a hotline operator may know. 404 outside the caller's organization. Audited. Roles: hotline-operator, social-worker, supervisor.")
    public CaseDtos.CaseBrief brief(@PathParam("id") UUID id) {
        return service.brief(id);
    }

    @GET
    @Path("/case-briefs")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getCaseBriefByNumber", summary = "Find a case by its number",
            description = "The exact case number, e.g. QN-2026-000001; 404 when the caller's organization has none. Audited. Roles: hotline-operator, social-worker, supervisor.")
    @APIResponse(responseCode = "404", description = "No such case in the caller's organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseDtos.CaseBrief briefByNumber(
            @Parameter(description = "The case number", required = true, example = "QN-2026-000001") @QueryParam("number") String number) {
        if (number == null || number.isBlank()) {
            throw ProblemException.invalid("number", "is required");
        }
        return service.briefByNumber(number);
    }

    @GET
    @Path("/cases/{id}/receipt-record")
    @Produces({PdfResponses.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "printCaseReceiptRecord", summary = "The receipt record (biên bản tiếp nhận) as PDF",
            description = "In the official layout: the national heading, the record's number, the handing-over party, the person received and the children with them, a signature block per party. 404 outside the caller's organization. Audited as a read (CASE_PRINTED). Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = PdfResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response receiptRecord(@PathParam("id") UUID id) {
        var printout = printouts.print(id, CasePrintouts.Record.RECEIPT_RECORD);
        return PdfResponses.attachment(printout.fileName(), printout.pdf());
    }

    @GET
    @Path("/cases/{id}/handover-minutes")
    @Produces({PdfResponses.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "printCaseHandoverMinutes", summary = "The handover minutes (biên bản bàn giao) as PDF",
            description = "In the official layout: when and where, the handing party, the receiving party, the person handed over, a signature block per party. 409 case.not-handed-over before the handover; 404 outside the caller's organization. Audited as a read (CASE_PRINTED). Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = PdfResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "Not handed over yet (case.not-handed-over)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public jakarta.ws.rs.core.Response handoverMinutes(@PathParam("id") UUID id) {
        var printout = printouts.print(id, CasePrintouts.Record.HANDOVER_MINUTES);
        return PdfResponses.attachment(printout.fileName(), printout.pdf());
    }

    @POST
    @Path("/cases/{id}/verify")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "verifyCase", summary = "Start verification with the police", description = "OPEN → UNDER_VERIFICATION. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> verify(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                         @Valid CaseDtos.NoteBody body) {
        return tagged(service.verify(id, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("/cases/{id}/identify")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "identifyCase", summary = "Record the identification decision",
            description = "UNDER_VERIFICATION → IDENTIFIED (VICTIM) or NOT_IDENTIFIED (NOT_VICTIM), with the deciding authority and the CTDC variables. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> identify(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull CaseDtos.IdentifyRequest body) {
        return tagged(service.identify(id, ifMatch, body));
    }

    @POST
    @Path("/cases/{id}/not-identified")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "notIdentifiedCase", summary = "Record that the person was not identified as a victim",
            description = "UNDER_VERIFICATION → NOT_IDENTIFIED, with the reason. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> notIdentified(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                                @Valid @NotNull CaseDtos.NotIdentifiedRequest body) {
        return tagged(service.notIdentified(id, ifMatch, body));
    }

    @POST
    @Path("/cases/{id}/start-support")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "startCaseSupport", summary = "Start support", description = "IDENTIFIED or NOT_IDENTIFIED → SUPPORTING. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> startSupport(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                               @Valid CaseDtos.NoteBody body) {
        return tagged(service.startSupport(id, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("/cases/{id}/handover")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "handOverCase", summary = "Hand the person over",
            description = "To family, home locality or an organization, with the receiving party and document. IDENTIFIED, NOT_IDENTIFIED or SUPPORTING → HANDED_OVER. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> handover(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull CaseDtos.HandoverRequest body) {
        return tagged(service.handover(id, ifMatch, body));
    }

    @POST
    @Path("/cases/{id}/follow-up")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "followUpCase", summary = "Start reintegration follow-up", description = "HANDED_OVER → FOLLOW_UP. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> followUp(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Valid CaseDtos.NoteBody body) {
        return tagged(service.followUp(id, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("/cases/{id}/close")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "closeCase", summary = "Close the case", description = "Needs a reason. Roles: supervisor.")
    @APIResponse(responseCode = "409", description = "Already closed (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> close(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                        @Valid @NotNull CaseDtos.ReasonBody body) {
        return tagged(service.close(id, ifMatch, body.reason()));
    }

    @POST
    @Path("/cases/{id}/reopen")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "reopenCase", summary = "Reopen a closed case", description = "Returns it to the status it had before closing; needs a reason. Roles: supervisor.")
    @APIResponse(responseCode = "409", description = "Not closed (case.invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> reopen(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                         @Valid @NotNull CaseDtos.ReasonBody body) {
        return tagged(service.reopen(id, ifMatch, body.reason()));
    }

    @POST
    @Path("/cases/{id}/assign")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "assignCase", summary = "Assign the case to a social worker",
            description = "To a social worker or supervisor of the case's organization (listStaff); the name comes from Keycloak. Roles: supervisor.")
    @APIResponse(responseCode = "200", description = "The case after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> assign(@PathParam("id") UUID id, @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                         @Valid @NotNull CaseDtos.AssignRequest body) {
        return tagged(service.assign(id, ifMatch, body));
    }

    @GET
    @Path("/cases/{id}/timeline")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getCaseTimeline", summary = "Everything that happened to the case, newest first", description = "Audited. Roles: social-worker, supervisor.")
    public CaseDtos.TimelinePage timeline(@PathParam("id") UUID id,
                                          @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
                                          @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return timeline.page(id, page, size);
    }

    @GET
    @Path("/cases/{id}/access-history")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getCaseAccessHistory", summary = "Who read, changed or printed the case, newest first",
            description = "The audit events of the case itself, by anyone: its own staff, an organization it is shared with (CASE_SHARED_READ), refused attempts. Each names the actor, the action, the field groups and the time. 404 outside the caller's organization. Reading it is audited (CASE_ACCESS_HISTORY_READ). Roles: social-worker, supervisor.")
    public org.safereturn.audit.AuditDtos.AuditEventPage accessHistory(@PathParam("id") UUID id,
                                                                       @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
                                                                       @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return accessHistory.of(id, page, size);
    }

    @POST
    @Path("/cases/{id}/notes")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "addCaseNote", summary = "Add a note", description = "Encrypted at rest; confidential notes are hidden from hotline operators. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "201", description = "The note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDtos.NoteView.class)))
    public RestResponse<CaseDtos.NoteView> addNote(@PathParam("id") UUID id, @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, 
                                                   @Valid @NotNull CaseDtos.NoteRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, notes.add(id, body, idempotencyKey));
    }

    @GET
    @Path("/cases/{id}/notes")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listCaseNotes", summary = "The case's notes, newest first", description = "Audited. Roles: social-worker, supervisor.")
    public CaseDtos.NotePage listNotes(@PathParam("id") UUID id,
                                       @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
                                       @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return notes.list(id, page, size);
    }

    private static RestResponse<CaseView> tagged(CaseView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
