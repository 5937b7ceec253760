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
import org.safereturn.club.OutreachDtos.ContactPage;
import org.safereturn.club.OutreachDtos.ContactRequest;
import org.safereturn.club.OutreachDtos.ContactView;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;

/** A club's outreach log: contacts with people at risk. */
@Path("/api/v1/clubs/{clubId}/outreach-contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = "bearer")
public class OutreachResource {
    static final String OWN = " The club's own records: its coordinator reads and keeps them (another club is 404; overseers 403 club.members-private). Roles: club-coordinator.";

    @Inject
    OutreachService service;

    @GET
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listOutreachContacts", summary = "The club's outreach log, newest first", description = "Audited." + OWN)
    public ContactPage list(@PathParam("clubId") UUID clubId,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.contacts(clubId, page, size);
    }

    @POST
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordOutreachContact", summary = "Record a contact with a person at risk",
            description = "The least data: an alias, sex, age band, commune, group, what was said and the leaflets given; a name or phone only with the person's consent (422 club.outreach-consent-required). Alias, name, phone and what was said are stored encrypted. Audited." + OWN)
    @APIResponse(responseCode = "201", description = "Recorded; Location is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "422", description = "Invalid, or a name or phone without consent (club.outreach-consent-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContactView> record(@PathParam("clubId") UUID clubId, @Valid @NotNull ContactRequest request, UriInfo uri) {
        ContactView c = service.recordContact(clubId, request);
        return RestResponse.ResponseBuilder.<ContactView>created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateOutreachContact", summary = "Correct a contact",
            description = "Replaces what was recorded, with the same rules. Sent without a consent, a contact kept with one loses its name and phone at once (a withdrawal). Not after the invitation's day. Needs the ETag (version) in If-Match: 428 without, 412 stale. Audited." + OWN)
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    public RestResponse<ContactView> update(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id,
            @Parameter(description = "The contact's ETag", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ContactRequest request) {
        ContactView c = service.updateContact(clubId, id, Etags.requireVersion(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(c).tag(new EntityTag(String.valueOf(c.version()))).build();
    }

    @POST
    @Path("/{id}/invitation")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "inviteOutreachContact", summary = "Record that the person was invited to the club",
            description = "Once (409 club.already-invited), not before the contact. Audited." + OWN)
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    public ContactView invite(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id, @Valid @NotNull DayRequest request) {
        return service.invite(clubId, id, request.on());
    }

    @POST
    @Path("/{id}/referral")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "referOutreachContact", summary = "Refer the person reached to another organization",
            description = "Usually to the Social Work Centre, which sees it in its referral inbox and may open an intake: sent at once, sharing the outreach data; the name and phone only when kept with consent and the person consented to share them (422 club.outreach-consent-required). Once per contact (409 club.already-referred). Audited." + OWN)
    @APIResponse(responseCode = "200", description = "Referred; the contact names the referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    public ContactView refer(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id, @Valid @NotNull OutreachDtos.ReferRequest request) {
        return service.refer(clubId, id, request);
    }
}
