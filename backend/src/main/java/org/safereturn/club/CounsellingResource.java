package org.safereturn.club;

import jakarta.annotation.security.RolesAllowed;
import org.safereturn.common.web.Etags;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.club.ClubDtos.DayRequest;
import org.safereturn.club.OutreachDtos.CounsellingPage;
import org.safereturn.club.OutreachDtos.CounsellingRequest;
import org.safereturn.club.OutreachDtos.CounsellingView;
import org.safereturn.common.security.Roles;

/** Livelihood counselling given to a club's members. */
@Path("/api/v1/clubs/{clubId}/counselling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = "bearer")
public class CounsellingResource {
    @Inject
    CounsellingService service;

    @GET
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listCounselling", summary = "Livelihood counselling of the club, newest first",
            description = "With due=true only the follow-ups due and not recorded, soonest first. Audited." + OutreachResource.OWN)
    public CounsellingPage list(@PathParam("clubId") UUID clubId,
            @Parameter(description = "Only follow-ups due (on or before today) and not recorded") @QueryParam("due") Boolean due,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.counselling(clubId, due, page, size);
    }

    @POST
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordCounselling", summary = "Record livelihood counselling given to a member",
            description = "To a member of the club on that day (422 club.not-a-member); the note is stored encrypted; a follow-up not before the counselling. Audited." + OutreachResource.OWN)
    @APIResponse(responseCode = "201", description = "Recorded; Location is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CounsellingView.class)))
    public RestResponse<CounsellingView> record(@PathParam("clubId") UUID clubId, @Valid @NotNull CounsellingRequest request, UriInfo uri) {
        CounsellingView c = service.counsel(clubId, request);
        return RestResponse.ResponseBuilder.<CounsellingView>created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateCounselling", summary = "Correct a counselling",
            description = "Replaces its day, topic, note and follow-up day with the same rules; the member stays the one counselled (422), and the day not after a recorded follow-up. Needs the ETag (version) in If-Match: 428 without, 412 stale. Audited." + OutreachResource.OWN)
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CounsellingView.class)))
    public RestResponse<CounsellingView> update(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id,
            @Parameter(description = "The counselling's ETag", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CounsellingRequest request) {
        CounsellingView c = service.update(clubId, id, Etags.requireVersion(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(c).tag(new EntityTag(String.valueOf(c.version()))).build();
    }

    @POST
    @Path("/{id}/follow-up")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordCounsellingFollowUp", summary = "Record that the follow-up happened",
            description = "Once (409 club.followed-up), not before the counselling. Audited." + OutreachResource.OWN)
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CounsellingView.class)))
    public CounsellingView followUp(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id, @Valid @NotNull DayRequest request) {
        return service.followedUp(clubId, id, request.on());
    }

    @POST
    @Path("/{id}/referral")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "referCounselledMember", summary = "Refer the member counselled to a service",
            description = "A vocational course or a loan of the directory, through the referral API: sent at once; the receiver (a partner through its API, or any organization through the SPA) reads the member's initials, sex, age band and group, and the name and phone only with the member's consent to share them (422 club.outreach-consent-required). Once per counselling (409 club.already-referred). Audited." + OutreachResource.OWN)
    @APIResponse(responseCode = "200", description = "Referred; the counselling names the referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CounsellingView.class)))
    public CounsellingView refer(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id, @Valid @NotNull OutreachDtos.ReferRequest request) {
        return service.refer(clubId, id, request);
    }
}
