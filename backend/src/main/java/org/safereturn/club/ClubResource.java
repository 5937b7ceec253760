package org.safereturn.club;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.safereturn.club.ClubDtos.ClubPage;
import org.safereturn.club.ClubDtos.ClubRequest;
import org.safereturn.club.ClubDtos.ClubView;
import org.safereturn.club.ClubDtos.DayRequest;
import org.safereturn.club.ClubDtos.MeetingView;
import org.safereturn.club.ClubDtos.SeriesRequest;
import org.safereturn.club.ClubDtos.SeatRequest;
import org.safereturn.club.ClubDtos.SeatView;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;

/** Ward clubs and their boards. */
@Path("/api/v1/clubs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs", description = "Ward clubs for preventing trafficking and supporting victims: profile, board, members, meetings")
@SecurityRequirement(name = "bearer")
public class ClubResource {
    static final String SCOPE = " A club coordinator reaches their own club only (another club is 404); supervisors of a Social Work Centre or a Women's Union the clubs of their province; admins every club.";

    @Inject
    ClubService service;
    @Inject
    MeetingService meetings;

    @GET
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listClubs", summary = "The clubs the caller reaches",
            description = "By name, each with its active members, held meetings and months without one in the last twelve months, and this month's meeting: the province overview." + SCOPE + " Roles: club-coordinator, supervisor, admin.")
    public ClubPage list(
            @Parameter(description = "Part of the club's name, with or without tone marks") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.list(q, page, size);
    }

    @GET
    @Path("/overview")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getClubOverview", summary = "The clubs reached in one year, as counts",
            description = "Per month: the clubs that held a meeting, the meetings held and the members who came; and the active members by group. The province overview for supervisors; a coordinator's own club." + SCOPE + " Roles: club-coordinator, supervisor, admin.")
    public ClubDtos.Overview overview(@Parameter(description = "The year; this year when omitted", example = "2026") @QueryParam("year") Integer year) {
        return service.overview(year);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getClub", summary = "One club",
            description = "Its profile, current and coming board seats, members by group, this month's meeting and the months of the last twelve without a held meeting; the steps the caller may take in actions. ETag is its version. Audited." + SCOPE + " Roles: club-coordinator, supervisor, admin.")
    @APIResponse(responseCode = "200", description = "The club",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClubView.class)))
    public RestResponse<ClubView> get(@PathParam("id") UUID id) {
        ClubView club = service.get(id);
        return RestResponse.ResponseBuilder.ok(club).tag(new EntityTag(String.valueOf(club.version()))).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createClub", summary = "Give a club of the directory its profile",
            description = "For an organization of kind CLUB (422 club.not-a-club otherwise; 409 club.exists when it has one). The province follows the ward. Audited. Roles: admin.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClubView.class)))
    @APIResponse(responseCode = "409", description = "The club has a profile already (club.exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ClubView> create(@Valid @NotNull ClubRequest request, UriInfo uri) {
        ClubView club = service.create(request);
        return RestResponse.ResponseBuilder.<ClubView>created(uri.getAbsolutePathBuilder().path(club.id().toString()).build())
                .entity(club).tag(new EntityTag(String.valueOf(club.version()))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateClub", summary = "Replace a club's profile",
            description = "Needs the ETag in If-Match (428 without, 412 when changed since). Fewer board seats than are held today is 409 club.board-full. Audited. Roles: admin.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClubView.class)))
    public RestResponse<ClubView> update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ClubRequest request) {
        ClubView club = service.update(id, Etags.requireVersion(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(club).tag(new EntityTag(String.valueOf(club.version()))).build();
    }

    @POST
    @Path("/{id}/board-seats")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "addClubBoardSeat", summary = "Add a seat to the board",
            description = "Held by a member of the club or by a staff member, from a day, until a day or open. On no day may the board hold more seats than the club allows (409 club.board-full); one head at a time (409 club.head-taken); one seat per person at a time (409 club.seat-held). Audited." + SCOPE + " Roles: club-coordinator, admin.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeatView.class)))
    @APIResponse(responseCode = "409", description = "The board is full (club.board-full), has a head (club.head-taken), or the person holds a seat (club.seat-held)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<SeatView> addSeat(@PathParam("id") UUID id, @Valid @NotNull SeatRequest request, UriInfo uri) {
        SeatView seat = service.addSeat(id, request);
        return RestResponse.ResponseBuilder.<SeatView>created(uri.getAbsolutePathBuilder().path(seat.id().toString()).build()).entity(seat).build();
    }

    @POST
    @Path("/{id}/board-seats/{seatId}/end")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "endClubBoardSeat", summary = "End a board seat",
            description = "On a day not before it began; 409 club.seat-ended when it has ended. Audited." + SCOPE + " Roles: club-coordinator, admin.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeatView.class)))
    public SeatView endSeat(@PathParam("id") UUID id, @PathParam("seatId") UUID seatId, @Valid @NotNull DayRequest request) {
        return service.endSeat(id, seatId, request.on());
    }

    @POST
    @Path("/{clubId}/meeting-series")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "planClubMeetingSeries", summary = "Plan a monthly series of meetings",
            description = "One meeting on the same day of each month (the last day of a shorter month) for 1 to 24 months; a month that has a meeting is skipped. Answers the meetings planned. Audited." + ClubMeetingResource.KEPT_BY_CLUB)
    @APIResponse(responseCode = "200", description = "The meetings planned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingView.class)))
    public List<MeetingView> planSeries(@PathParam("clubId") UUID clubId, @Valid @NotNull SeriesRequest request) {
        return meetings.planSeries(clubId, request);
    }

}
