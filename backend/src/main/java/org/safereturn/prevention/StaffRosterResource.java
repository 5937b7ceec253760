package org.safereturn.prevention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.security.Roles;
import org.safereturn.prevention.PreventionDtos.RosterRequest;
import org.safereturn.prevention.PreventionDtos.RosterView;

/** An organization's staff by role: the denominator of officers trained. */
@Path("/api/v1/organizations/{id}/staff-roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prevention")
@SecurityRequirement(name = "bearer")
public class StaffRosterResource {
    @Inject
    Denominators denominators;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "getStaffRoster", summary = "An organization's staff by role, as of the latest day recorded",
            description = "Supervisors read their own organization's (another's is 404); admins and analysts every one. Roles: supervisor, admin, analyst.")
    public RosterView roster(@PathParam("id") UUID id) {
        return denominators.roster(id);
    }

    @PUT
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordStaffRoster", summary = "Record an organization's staff by role on a day",
            description = "Replaces that day's figures; each role once. Supervisors record their own organization's (another's is 404), admins any. Audited. Roles: supervisor, admin.")
    public RosterView recordRoster(@PathParam("id") UUID id, @Valid @NotNull RosterRequest request) {
        return denominators.recordRoster(id, request);
    }
}
