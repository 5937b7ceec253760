package org.safereturn.hotline;

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
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.print.PdfResponses;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Params;
import org.safereturn.hotline.HotlineDtos.TicketView;

/** Hotline tickets: logging a contact, its steps, notes, callbacks and the caller's history. */
@Path("/api/v1/hotline/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline", description = "Tickets of the 24/7 lines: fast logging, triage, callbacks, escalation to a case or a referral")
@SecurityRequirement(name = "bearer")
public class TicketResource {
    private static final String IF_MATCH = "The ticket's ETag (428 without, 412 when it changed since)";
    private static final String ROLES = " Roles: hotline-operator, social-worker, supervisor.";
    private static final String STEP_409 = "Not allowed from the current status (ticket.invalid-transition)";

    @Inject
    TicketService service;
    @Inject
    TicketPrintout printout;

    @POST
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "createTicket", summary = "Log a contact (a NEW ticket)",
            description = "Usually sent as soon as the operator starts typing and then saved again with PUT while the call goes on. "
                    + "The response deadline follows the urgency (EMERGENCY in minutes). Names, number and summary are encrypted; the number "
                    + "also gets a keyed hash for the caller's history. Audited." + ROLES)
    @APIResponse(responseCode = "201", description = "The ticket; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    public RestResponse<TicketView> create(
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull HotlineDtos.TicketRequest request, @Context UriInfo uri) {
        TicketView created = service.create(request, idempotencyKey);
        return RestResponse.ResponseBuilder.<TicketView>created(uri.getBaseUriBuilder().path("api/v1/hotline/tickets").path(created.id().toString()).build())
                .entity(created).tag(new EntityTag(String.valueOf(created.version()))).build();
    }

    @GET
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listTickets", summary = "The organization's tickets",
            description = "`view=open` lists open tickets, most urgent and nearest deadline first; `mine` those assigned to the caller. "
                    + "`q` here is a ticket number (HL-123) only: a caller's phone number is searched with searchTickets, in a body, never in a URL. No personal data." + ROLES)
    public HotlineDtos.TicketPage list(
            @Parameter(description = "all (default), open or mine", schema = @Schema(enumeration = {"all", "open", "mine"})) @QueryParam("view") String view,
            @Parameter(description = "Ticket status", schema = @Schema(implementation = TicketStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Urgency", schema = @Schema(implementation = TicketUrgency.class)) @QueryParam("urgency") String urgency,
            @Parameter(description = "Line id") @QueryParam("lineId") String lineId,
            @Parameter(description = "Channel", schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
            @Parameter(description = "Category code of the taxonomy") @QueryParam("category") String category,
            @Parameter(description = "Only (or, false, no) open tickets past their response deadline") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Started on or after this day (Vietnam time)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Started on or before this day (Vietnam time)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Ticket number", example = "HL-1") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "startedAt, responseDueAt, urgency, status, number or updatedAt, then ,asc or ,desc") @QueryParam("sort") String sort) {
        if (q != null && !q.isBlank() && !q.trim().matches("(?i)(HL-)?[1-9][0-9]{0,11}")) {
            throw ProblemException.invalid("q", "only a ticket number here: search a phone number with POST /api/v1/hotline/tickets/search, so it never travels in a URL");
        }
        return service.list(view, Params.enumOf(TicketStatus.class, status, "status"), Params.enumOf(TicketUrgency.class, urgency, "urgency"),
                Params.uuidOf(lineId, "lineId"), Params.enumOf(Channel.class, channel, "channel"), category, overdue,
                Params.dateOf(from, "from"), Params.dateOf(to, "to"), q, page, size, sort);
    }

    @POST
    @Path("/search")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "searchTickets", summary = "Search the organization's tickets",
            description = "As listTickets, with the search in the body: `q` finds a ticket number or a caller's phone number (through its keyed hash)." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of tickets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineDtos.TicketPage.class)))
    public HotlineDtos.TicketPage search(@Valid @NotNull HotlineDtos.TicketSearch body) {
        return service.list(body.view(), body.status(), body.urgency(), body.lineId(), body.channel(), body.category(), body.overdue(),
                body.from(), body.to(), body.q(), body.page(), body.size(), body.sort());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getTicket", summary = "One ticket, with its callbacks, the caller's flags and earlier contacts",
            description = "404 outside the caller's organization. Audited." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket; its version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    public RestResponse<TicketView> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @GET
    @Path("/{id}/printout")
    @Produces({PdfResponses.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "printTicket", summary = "The ticket's summary (phiếu tóm tắt cuộc gọi) as PDF",
            description = "In the official layout: the contact, the caller and the person concerned (unless de-identified), what was done and the outcome, the callbacks. 404 outside the caller's organization. Audited as a read (TICKET_PRINTED)." + ROLES)
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = PdfResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response print(@PathParam("id") UUID id) {
        var printed = printout.print(id);
        return PdfResponses.attachment(printed.fileName(), printed.pdf());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "updateTicket", summary = "Save the ticket's form again (autosave, corrections)",
            description = "Replaces what the form holds; the status moves only by the steps. Not once CLOSED (409 ticket.closed). Audited." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = "The ticket is closed (ticket.closed) or de-identified (ticket.deidentified)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TicketView> update(@PathParam("id") UUID id,
                                           @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull HotlineDtos.TicketRequest request) {
        return tagged(service.update(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/triage")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "triageTicket", summary = "Settle urgency and categories", description = "NEW or TRIAGED → TRIAGED; the deadline follows the urgency." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TicketView> triage(@PathParam("id") UUID id,
                                           @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull HotlineDtos.TriageBody body) {
        return tagged(service.triage(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "assignTicket", summary = "Assign the ticket to an operator or worker",
            description = "To an operator, social worker or supervisor of the organization (listStaff?purpose=tickets). NEW or TRIAGED → ASSIGNED; "
                    + "later the status stays." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TicketView> assign(@PathParam("id") UUID id,
                                           @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull HotlineDtos.AssignBody body) {
        return tagged(service.assign(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "startTicket", summary = "Start working on the ticket",
            description = "NEW, TRIAGED or ASSIGNED → IN_PROGRESS; counts as the response. Unassigned tickets go to the caller." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TicketView> start(@PathParam("id") UUID id,
                                          @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                          @Valid HotlineDtos.NoteBody body) {
        return tagged(service.start(id, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "resolveTicket", summary = "Record how the contact ended", description = "An open ticket → RESOLVED, with its outcome." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TicketView> resolve(@PathParam("id") UUID id,
                                            @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                            @Valid @NotNull HotlineDtos.ResolveBody body) {
        return tagged(service.resolve(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "closeTicket", summary = "Close the ticket", description = "RESOLVED or ESCALATED → CLOSED." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TicketView> close(@PathParam("id") UUID id,
                                          @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                          @Valid HotlineDtos.NoteBody body) {
        return tagged(service.close(id, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "reopenTicket", summary = "Reopen a resolved or closed ticket", description = "RESOLVED or CLOSED → IN_PROGRESS; the note says why." + ROLES)
    @APIResponse(responseCode = "200", description = "The ticket after the step; its new version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TicketView> reopen(@PathParam("id") UUID id,
                                           @Parameter(description = IF_MATCH, required = true, schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull HotlineDtos.NoteBody body) {
        return tagged(service.reopen(id, ifMatch, body.note()));
    }

    @GET
    @Path("/{id}/intake-prefill")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getTicketIntakePrefill", summary = "An intake form filled from the ticket",
            description = "Complete it and send it to createIntake with hotlineTicketId: the case opens, the ticket becomes ESCALATED and "
                    + "links to it, and the case's timeline shows the ticket. Audited." + ROLES)
    public HotlineDtos.IntakePrefill intakePrefill(@PathParam("id") UUID id) {
        return service.intakePrefill(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getTicketHistory", summary = "Steps, notes and callbacks of the ticket, newest first", description = "Audited." + ROLES)
    public HotlineDtos.HistoryPage history(@PathParam("id") UUID id,
                                           @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
                                           @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.history(id, page, size);
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "addTicketNote", summary = "Add a note to the ticket", description = "Encrypted at rest. Audited." + ROLES)
    @APIResponse(responseCode = "201", description = "The note as a history entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineDtos.HistoryEntry.class)))
    public RestResponse<HotlineDtos.HistoryEntry> addNote(@PathParam("id") UUID id, @Valid @NotNull HotlineDtos.NoteRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.addNote(id, body.text()));
    }

    @POST
    @Path("/{id}/callbacks")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "scheduleTicketCallback", summary = "Schedule a callback", description = "The time must be in the future." + ROLES)
    @APIResponse(responseCode = "201", description = "The callback",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineDtos.CallbackView.class)))
    @APIResponse(responseCode = "409", description = "The ticket is closed (ticket.closed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<HotlineDtos.CallbackView> scheduleCallback(@PathParam("id") UUID id, @Valid @NotNull HotlineDtos.CallbackRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.scheduleCallback(id, body));
    }

    @POST
    @Path("/{id}/callbacks/{callbackId}/result")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "recordTicketCallback", summary = "Record what came of a callback", description = "Once per callback (409 callback.done)." + ROLES)
    @APIResponse(responseCode = "200", description = "The callback with its result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineDtos.CallbackView.class)))
    @APIResponse(responseCode = "409", description = "The callback already has its result (callback.done)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HotlineDtos.CallbackView recordCallback(@PathParam("id") UUID id, @PathParam("callbackId") UUID callbackId,
                                                   @Valid @NotNull HotlineDtos.CallbackResultRequest body) {
        return service.recordCallback(id, callbackId, body);
    }

    @GET
    @Path("/{id}/caller-history")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getTicketCallerHistory", summary = "Earlier contacts from the ticket's number, and the flags on it", description = "Audited." + ROLES)
    public HotlineDtos.CallerHistory callerHistory(@PathParam("id") UUID id) {
        return service.callerHistory(id);
    }

    @POST
    @Path("/{id}/caller-flags")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "flagTicketCaller", summary = "Flag the ticket's caller number",
            description = "Shown on every later contact from the number until it expires (default safereturn.hotline.flag-lasts) or is lifted." + ROLES)
    @APIResponse(responseCode = "201", description = "The flag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineDtos.FlagView.class)))
    @APIResponse(responseCode = "409", description = "The ticket has no caller number (ticket.no-phone)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<HotlineDtos.FlagView> flagCaller(@PathParam("id") UUID id, @Valid @NotNull HotlineDtos.FlagRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.flagCaller(id, body));
    }

    private static RestResponse<TicketView> tagged(TicketView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
