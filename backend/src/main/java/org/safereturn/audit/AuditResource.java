package org.safereturn.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Params;
import org.safereturn.common.security.Roles;

/** The audit trail: who read or changed what, and a check that nobody rewrote it. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The hash-chained audit trail")
@SecurityRequirement(name = "bearer")
public class AuditResource {
    @Inject
    AuditService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listAuditEvents", summary = "Search the audit trail",
            description = "Newest first. Supervisors see the events of their organization's staff, admins all. Roles: admin, supervisor.")
    public AuditDtos.AuditEventPage list(
            @Parameter(description = "e.g. CASE, ORGANIZATION, CONSENT") @QueryParam("recordType") String recordType,
            @Parameter(description = "The record's id") @QueryParam("recordId") String recordId,
            @Parameter(description = "Username or API client id") @QueryParam("actor") String actor,
            @Parameter(description = "One of AuditEvent.action's values, e.g. CASE_READ") @QueryParam("action") String action,
            @Parameter(description = "From (inclusive), ISO-8601 with offset", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "To (exclusive), ISO-8601 with offset", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        if (action != null && !action.isBlank() && !AuditActions.ALL.contains(action.trim())) {
            throw ProblemException.invalid("action", "is not an action the audit trail records");
        }
        return service.search(recordType, recordId, actor, action, Params.timeOf(from, "from"), Params.timeOf(to, "to"), page, size);
    }

    @GET
    @Path("/external-reads")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "listExternalReads", summary = "Who outside my organization read its records",
            description = "Reads of the organization's cases by other organizations (through referrals) and refused attempts, newest first. Roles: supervisor.")
    public AuditDtos.AuditEventPage externalReads(
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.externalReads(page, size);
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "verifyAuditChain", summary = "Check the audit trail for tampering",
            description = "Re-computes every event's hash and link, naming the first broken event, then checks the newest events against the latest signed checkpoint, naming the positions missing. Roles: admin, supervisor.")
    public AuditDtos.Verification verify() {
        return service.verify();
    }
}
