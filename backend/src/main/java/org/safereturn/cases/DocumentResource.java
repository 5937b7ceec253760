package org.safereturn.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** A case's documents: upload the file as the request body, download it back. */
@Path("/api/v1")
@Tag(name = "Case documents", description = "Decisions, handover minutes and other attachments of a case")
@SecurityRequirement(name = "bearer")
public class DocumentResource {
    @Inject
    CaseDocuments documents;

    @POST
    @Path("/cases/{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "uploadCaseDocument", summary = "Attach a document",
            description = "The body is the file, sent with its own Content-Type (PDF, JPEG or PNG by default), its name in the SafeReturn-File-Name header; over the size limit 413, another type 415, bytes that are not of the declared type 422 document.content-mismatch. Stored encrypted. Roles: social-worker, supervisor.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDocuments.DocumentView.class)))
    @APIResponse(responseCode = "413", description = "Over the size limit (document.too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CaseDocuments.DocumentView> upload(
            @PathParam("id") UUID id,
            @Parameter(description = "What the document is", required = true, schema = @Schema(implementation = CaseDocument.Kind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "The file's name, percent-encoded UTF-8 (a header, so that it never travels in a URL)",
                    example = "quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh.pdf") @HeaderParam(FILE_NAME_HEADER) String fileName,
            @HeaderParam("Content-Type") String contentType,
            byte[] content) {
        return RestResponse.status(RestResponse.Status.CREATED,
                documents.upload(id, Params.enumOf(CaseDocument.Kind.class, kind, "kind"), decoded(fileName), contentType, content));
    }

    @GET
    @Path("/cases/{id}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "listCaseDocuments", summary = "The case's documents, newest first", description = "Without their content. Roles: social-worker, supervisor.")
    public CaseDocuments.DocumentList list(@PathParam("id") UUID id) {
        return documents.list(id);
    }

    @GET
    @Path("/cases/{id}/documents/{documentId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
    @Operation(operationId = "downloadCaseDocument", summary = "Download a document", description = "Audited. Roles: social-worker, supervisor.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        CaseDocuments.Download d = documents.download(id, documentId);
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", Uploads.attachment(d.fileName()))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static final String FILE_NAME_HEADER = Uploads.FILE_NAME_HEADER;

    private static String decoded(String header) {
        return Uploads.fileNameFromHeader(header);
    }
}
