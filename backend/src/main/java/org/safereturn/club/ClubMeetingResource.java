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
import org.safereturn.club.ClubDtos.AttendanceRequest;
import org.safereturn.club.ClubDtos.MeetingPage;
import org.safereturn.club.ClubDtos.MeetingRequest;
import org.safereturn.club.ClubDtos.MeetingView;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;

/** A club's meetings and their attendance. */
@Path("/api/v1/clubs/{clubId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = "bearer")
public class ClubMeetingResource {
    static final String KEPT_BY_CLUB = " Kept by the club's coordinator (another club is 404; overseers 403 club.members-private). Roles: club-coordinator.";

    @Inject
    MeetingService service;

    @GET
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listClubMeetings", summary = "The club's meetings",
            description = "Newest first, with attendance and guests as counts; filter by year." + ClubResource.SCOPE + " Roles: club-coordinator, supervisor, admin.")
    public MeetingPage list(@PathParam("clubId") UUID clubId,
            @Parameter(description = "Only meetings of this year", example = "2026") @QueryParam("year") Integer year,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.list(clubId, year, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getClubMeeting", summary = "One meeting",
            description = "The club's own users read the minutes and who attended (audited); overseers the counts. ETag is its version." + ClubResource.SCOPE + " Roles: club-coordinator, supervisor, admin.")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public RestResponse<MeetingView> get(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id) {
        return ok(service.get(clubId, id));
    }

    @POST
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "planClubMeeting", summary = "Plan (or record) a meeting",
            description = "One meeting per day (409 club.meeting-exists); HELD only on or after its day (422 club.meeting-in-future). Topics from the list. Minutes are stored encrypted. Audited." + KEPT_BY_CLUB)
    @APIResponse(responseCode = "201", description = "Planned; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "409", description = "The club has a meeting that day (club.meeting-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeetingView> plan(@PathParam("clubId") UUID clubId, @Valid @NotNull MeetingRequest request, UriInfo uri) {
        MeetingView meeting = service.plan(clubId, request);
        return RestResponse.ResponseBuilder.<MeetingView>created(uri.getAbsolutePathBuilder().path(meeting.id().toString()).build())
                .entity(meeting).tag(new EntityTag(String.valueOf(meeting.version()))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateClubMeeting", summary = "Replace a meeting: its day, status, place, topics, minutes",
            description = "Needs the ETag in If-Match (428 without, 412 when changed since). HELD only on or after its day (422 club.meeting-in-future); a meeting with attendance stays held (409 club.meeting-held); one meeting per day (409 club.meeting-exists). Audited." + KEPT_BY_CLUB)
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public RestResponse<MeetingView> update(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MeetingRequest request) {
        return ok(service.update(clubId, id, Etags.requireVersion(ifMatch), request));
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordClubAttendance", summary = "Save the whole attendance of a meeting",
            description = "Every member listed once with PRESENT, ABSENT, EXCUSED or LATE, and guests by sex and group (counts of 0 or more); replaces what was recorded and marks the meeting held. Not for a meeting still to come (422 club.meeting-in-future), nor for someone not a member of the club on its day (422 club.not-a-member). Needs the meeting's ETag in If-Match. Audited." + KEPT_BY_CLUB)
    @APIResponse(responseCode = "200", description = "Saved; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "Invalid, a meeting still to come (club.meeting-in-future) or not a member (club.not-a-member)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeetingView> recordAttendance(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AttendanceRequest request) {
        return ok(service.recordAttendance(clubId, id, Etags.requireVersion(ifMatch), request));
    }

    private static RestResponse<MeetingView> ok(MeetingView meeting) {
        return RestResponse.ResponseBuilder.ok(meeting).tag(new EntityTag(String.valueOf(meeting.version()))).build();
    }
}
