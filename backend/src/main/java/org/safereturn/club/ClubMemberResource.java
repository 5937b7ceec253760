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
import org.safereturn.club.ClubDtos.DayRequest;
import org.safereturn.club.ClubDtos.MemberPage;
import org.safereturn.club.ClubDtos.MemberRequest;
import org.safereturn.club.ClubDtos.MemberView;
import org.safereturn.common.error.Problem;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.Params;

/** A club's members: the club's own users only, every read audited. */
@Path("/api/v1/clubs/{clubId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = "bearer")
public class ClubMemberResource {
    static final String OWN = " Members are the club's own: its coordinator reads and keeps them (another club is 404; overseers get 403 club.members-private and see counts on the club). Roles: club-coordinator.";

    @Inject
    MemberService service;

    @GET
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listClubMembers", summary = "The club's members",
            description = "By group, then the day they joined; filter by group and standing. Audited." + OWN)
    public MemberPage list(@PathParam("clubId") UUID clubId,
            @Parameter(description = "Only this group", schema = @Schema(implementation = TargetGroup.class)) @QueryParam("group") String group,
            @Parameter(description = "ACTIVE (default): members now; LEFT: who left or was erased; ALL", schema = @Schema(implementation = MemberService.Standing.class)) @QueryParam("standing") String standing,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "joinedOn, targetGroup or createdAt, then ,asc or ,desc", example = "joinedOn,desc") @QueryParam("sort") String sort) {
        return service.list(clubId, Params.enumOf(TargetGroup.class, group, "group"),
                Params.enumOf(MemberService.Standing.class, standing, "standing"), page, size, sort);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getClubMember", summary = "One member", description = "ETag is its version. Audited." + OWN)
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public RestResponse<MemberView> get(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id) {
        return ok(service.get(clubId, id));
    }

    @POST
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "addClubMember", summary = "Record a member",
            description = "Only with the recorded consent to keep the membership data (422 club.member-consent-required without). Name and phone are stored encrypted. Audited." + OWN)
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "422", description = "Invalid, or no consent (club.member-consent-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MemberView> add(@PathParam("clubId") UUID clubId,
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result; with another body, 422", example = "b2f4c1de-2a41-4c55-9d3c-7a1e6f0a9b10") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull MemberRequest request, UriInfo uri) {
        MemberView member = service.add(clubId, request, idempotencyKey);
        return RestResponse.ResponseBuilder.<MemberView>created(uri.getAbsolutePathBuilder().path(member.id().toString()).build()).entity(member)
                .tag(new EntityTag(String.valueOf(member.version()))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateClubMember", summary = "Replace a member's record",
            description = "Needs the ETag in If-Match (428 without, 412 when changed since); an erased member is 409 club.member-erased. Audited." + OWN)
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public RestResponse<MemberView> update(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MemberRequest request) {
        return ok(service.update(clubId, id, Etags.requireVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "leaveClub", summary = "Record that a member left the club",
            description = "On a day not before they joined; 409 club.member-left when recorded already. Audited." + OWN)
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public MemberView leave(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id, @Valid @NotNull DayRequest request) {
        return service.leave(clubId, id, request.on());
    }

    @POST
    @Path("/{id}/erasure")
    @Consumes(MediaType.WILDCARD) // no body: a call without Content-Type is not 415
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "eraseClubMember", summary = "The member withdrew the consent: erase their data",
            description = "Name and phone are erased at once and the member leaves the club today; sex, birth year, group and attendance stay as counts. 409 club.member-erased when done already. Audited." + OWN)
    @APIResponse(responseCode = "200", description = "Erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public MemberView erase(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id) {
        return service.erase(clubId, id);
    }

    private static RestResponse<MemberView> ok(MemberView member) {
        return RestResponse.ResponseBuilder.ok(member).tag(new EntityTag(String.valueOf(member.version()))).build();
    }
}
