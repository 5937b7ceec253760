package org.safereturn.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.safereturn.common.error.Problem;
import org.safereturn.directory.OrganizationService;
import org.safereturn.common.security.Roles;

/** The caller's colleagues who work cases, for assigning a case. */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user or API client")
@SecurityRequirement(name = "bearer")
public class StaffResource {
    @Inject
    StaffDirectory staff;
    @Inject
    OrganizationService organizations;

    @Schema(name = "StaffList", description = "Social workers and supervisors of the caller's organization, by name")
    public record StaffList(List<StaffDirectory.StaffMember> items) {}

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(operationId = "listStaff", summary = "Case workers of my organization",
            description = "Roles: supervisor, social-worker. The enabled users of the caller's organization holding the social-worker or "
                    + "supervisor role, as Keycloak knows them; 503 when Keycloak cannot be read.")
    @APIResponse(responseCode = "200", description = "The staff, by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffList.class)))
    @APIResponse(responseCode = "503", description = "Keycloak cannot be read just now (staff.unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffList list() {
        return new StaffList(staff.caseWorkers(organizations.callerOrganization()));
    }
}
