package org.safereturn.shelter;

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
import org.safereturn.common.error.Problem;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.Params;
import org.safereturn.shelter.ShelterDtos.CheckInRequest;
import org.safereturn.shelter.ShelterDtos.CheckOutRequest;
import org.safereturn.shelter.ShelterDtos.Occupancy;
import org.safereturn.shelter.ShelterDtos.RoomPage;
import org.safereturn.shelter.ShelterDtos.RoomRequest;
import org.safereturn.shelter.ShelterDtos.RoomView;
import org.safereturn.shelter.ShelterDtos.StayPage;
import org.safereturn.shelter.ShelterDtos.StayView;

/** The caller's organization's shelter rooms, who stays in them, check-in and check-out. */
@Path("/api/v1/shelter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shelter", description = "Temporary shelter rooms, check-in and check-out, occupancy")
@SecurityRequirement(name = "bearer")
public class ShelterResource {
    @Inject
    ShelterService service;

    @GET
    @Path("/rooms")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listShelterRooms", summary = "The organization's shelter rooms",
            description = "Each room with its capacity, the persons staying now and the places left; paged, by name (numbers in order) unless sorted otherwise. Roles: social-worker, supervisor.")
    public RoomPage listRooms(
            @Parameter(description = "ACTIVE or CLOSED", schema = @Schema(implementation = ShelterRoomStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "name, capacity, status, createdAt or updatedAt, then ,asc or ,desc", example = "name,asc") @QueryParam("sort") String sort) {
        return service.listRooms(Params.enumOf(ShelterRoomStatus.class, status, "status"), page, size, sort);
    }

    @GET
    @Path("/rooms/{id}")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getShelterRoom", summary = "One shelter room",
            description = "With its occupancy; answers its version as ETag. 404 for a room of another organization. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "The room",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomView.class)))
    public RestResponse<RoomView> getRoom(@PathParam("id") UUID id) {
        RoomView room = service.getRoom(id);
        return tagged(RestResponse.ResponseBuilder.ok(room), room.version());
    }

    @POST
    @Path("/rooms")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "createShelterRoom", summary = "Add a shelter room",
            description = "To the supervisor's organization; names are unique within it. Audited. Roles: supervisor.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "409", description = "A room of the organization has this name (shelter.room-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RoomView> createRoom(
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result; with another body, 422", example = "b2f4c1de-2a41-4c55-9d3c-7a1e6f0a9b10") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull RoomRequest request, UriInfo uri) {
        RoomView created = service.createRoom(request, idempotencyKey);
        return tagged(RestResponse.ResponseBuilder.<RoomView>created(
                uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created), created.version());
    }

    @PUT
    @Path("/rooms/{id}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "updateShelterRoom", summary = "Replace a shelter room",
            description = "Needs the ETag in If-Match: 428 without it, 412 when someone changed the room since. A room with persons staying cannot close (shelter.room-occupied) or shrink below them (shelter.capacity-below-occupancy). Audited with the changed fields. Roles: supervisor.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken (shelter.room-exists), or the room's occupancy forbids the change (shelter.room-occupied, shelter.capacity-below-occupancy)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RoomView> updateRoom(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being replaced", required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RoomRequest request) {
        RoomView updated = service.updateRoom(id, Etags.requireVersion(ifMatch), request);
        return tagged(RestResponse.ResponseBuilder.ok(updated), updated.version());
    }

    @GET
    @Path("/occupancy")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getShelterOccupancy", summary = "The occupancy board",
            description = "Every room of the organization with the current stays in it (case and person ids, no names) and the totals. Audited when anyone is staying. Roles: social-worker, supervisor.")
    public Occupancy occupancy() {
        return service.occupancy();
    }

    @GET
    @Path("/stays")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listShelterStays", summary = "Stays in the organization's rooms",
            description = "Newest check-in first; filter by case (404 outside the caller's scope), room and whether the stay is current. Audited. Roles: social-worker, supervisor.")
    public StayPage listStays(
            @Parameter(description = "Only the stays of this case", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("caseId") String caseId,
            @Parameter(description = "Only the stays in this room", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("roomId") String roomId,
            @Parameter(description = "true: only persons staying now; false: only ended stays") @QueryParam("current") Boolean current,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.listStays(Params.uuidOf(caseId, "caseId"), Params.uuidOf(roomId, "roomId"), current, page, size);
    }

    @GET
    @Path("/stays/{id}")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "getShelterStay", summary = "One stay",
            description = "404 for a stay in another organization's room. Hotline operators get no check-out reason. Audited. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "The stay",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StayView.class)))
    public StayView getStay(@PathParam("id") UUID id) {
        return service.getStay(id);
    }

    @POST
    @Path("/stays")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "checkInShelterStay", summary = "Check a person in to a shelter room",
            description = "The case must be in the caller's scope (404 otherwise) and the person its own or an accompanying child (422); the room must be the organization's (404) and active. Parallel check-ins to one room are serialised, so a room never holds more than its capacity. Adds to the case's timeline. Audited. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "201", description = "Checked in; Location is set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StayView.class)))
    @APIResponse(responseCode = "409", description = "The room is full (shelter.full) or closed (shelter.room-closed), or the person is staying in a room already (shelter.already-staying)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StayView> checkIn(
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first result; with another body, 422", example = "b2f4c1de-2a41-4c55-9d3c-7a1e6f0a9b10") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CheckInRequest request, UriInfo uri) {
        StayView stay = service.checkIn(request, idempotencyKey);
        return RestResponse.ResponseBuilder.<StayView>created(
                uri.getBaseUriBuilder().path("api/v1/shelter/stays").path(stay.id().toString()).build()).entity(stay).build();
    }

    @POST
    @Path("/stays/{id}/check-out")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "checkOutShelterStay", summary = "Check a person out of a shelter room",
            description = "With the time (not before the check-in) and the reason; frees the place at once. Adds to the case's timeline. Audited. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "The ended stay",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StayView.class)))
    @APIResponse(responseCode = "409", description = "The stay has ended already (shelter.already-checked-out)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StayView checkOut(@PathParam("id") UUID id, @Valid @NotNull CheckOutRequest request) {
        return service.checkOut(id, request);
    }

    private static <T> RestResponse<T> tagged(RestResponse.ResponseBuilder<T> builder, long version) {
        return builder.tag(new EntityTag(String.valueOf(version))).build();
    }
}
