package org.safereturn.club;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.safereturn.common.error.Problem;
import org.safereturn.common.files.Uploads;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Params;

/** A club's files: the founding decision and meetings' materials, uploaded as the request body. */
@Path("/api/v1/clubs/{clubId}/documents")
@Tag(name = "Clubs")
@SecurityRequirement(name = "bearer")
public class ClubDocumentResource {
    private static final String WHO = " The founding decision is kept by the club's coordinator or an admin and read by everyone who reaches the club;"
            + " a meeting's materials are the club's own (overseers 403 club.members-private)." + ClubResource.SCOPE;

    @Inject
    ClubDocuments documents;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "uploadClubDocument", summary = "Attach the founding decision or a meeting's materials",
            description = "The body is the file with its own Content-Type (PDF, JPEG or PNG by default), its name in the SafeReturn-File-Name header; over the size limit 413, another type 415, bytes that are not of the declared type 422 document.content-mismatch. MEETING_MATERIAL needs meetingId. Stored encrypted; audited." + WHO + " Roles: club-coordinator, admin.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClubDocuments.DocumentView.class)))
    @APIResponse(responseCode = "413", description = "Over the size limit (document.too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ClubDocuments.DocumentView> upload(
            @PathParam("clubId") UUID clubId,
            @Parameter(description = "What the document is", required = true, schema = @Schema(implementation = ClubDocument.Kind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "The meeting, for MEETING_MATERIAL") @QueryParam("meetingId") UUID meetingId,
            @Parameter(description = "The file's name, percent-encoded UTF-8") @HeaderParam(Uploads.FILE_NAME_HEADER) String fileName,
            @HeaderParam("Content-Type") String contentType,
            byte[] content) {
        ClubDocument.Kind k = Params.enumOf(ClubDocument.Kind.class, kind, "kind");
        if (k == null) {
            throw org.safereturn.common.error.ProblemException.invalid("kind", "is required: FOUNDING_DECISION or MEETING_MATERIAL");
        }
        return RestResponse.status(RestResponse.Status.CREATED,
                documents.upload(clubId, k, meetingId, Uploads.fileNameFromHeader(fileName), contentType, content));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listClubDocuments", summary = "The club's documents the caller may read, newest first",
            description = "Without their content; a meeting's only with meetingId. Audited." + WHO + " Roles: club-coordinator, supervisor, admin.")
    public ClubDocuments.DocumentList list(@PathParam("clubId") UUID clubId,
            @Parameter(description = "Only this meeting's materials") @QueryParam("meetingId") UUID meetingId) {
        return documents.list(clubId, meetingId);
    }

    @GET
    @Path("/{id}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "downloadClubDocument", summary = "Download a club's document", description = "Audited." + WHO + " Roles: club-coordinator, supervisor, admin.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id) {
        ClubDocuments.Download d = documents.download(clubId, id);
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", Uploads.attachment(d.fileName()))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "removeClubDocument", summary = "Remove a document uploaded by mistake",
            description = "Audited; the audit keeps that it was there." + WHO + " Roles: club-coordinator, admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("clubId") UUID clubId, @PathParam("id") UUID id) {
        documents.remove(clubId, id);
    }
}
