package org.safereturn.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.safereturn.common.error.ProblemException;
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

/** The caller's colleagues who work cases or tickets, for assigning one. */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user or API client")
@SecurityRequirement(name = "bearer")
public class StaffResource {
    @Inject
    StaffDirectory staff;
    @Inject
    OrganizationService organizations;

    @Schema(name = "StaffList", description = "Staff of the caller's organization who may be assigned the work asked for, by name")
    public record StaffList(List<StaffDirectory.StaffMember> items) {}

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.HOTLINE_OPERATOR})
    @Operation(operationId = "listStaff", summary = "Case workers (or ticket handlers) of my organization",
            description = "Roles: supervisor, social-worker, hotline-operator. The enabled users of the caller's organization holding the social-worker or "
                    + "supervisor role (`purpose=cases`, the default), or also the hotline-operator role (`purpose=tickets`), as Keycloak "
                    + "knows them; 503 when Keycloak cannot be read.")
    @APIResponse(responseCode = "200", description = "The staff, by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffList.class)))
    @APIResponse(responseCode = "503", description = "Keycloak cannot be read just now (staff.unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffList list(@Parameter(description = "cases (default) or tickets", schema = @Schema(enumeration = {"cases", "tickets"}))
                          @QueryParam("purpose") String purpose) {
        UUID organizationId = organizations.callerOrganization();
        if (purpose == null || purpose.isBlank() || purpose.equals("cases")) {
            return new StaffList(staff.caseWorkers(organizationId));
        }
        if (purpose.equals("tickets")) {
            return new StaffList(staff.ticketHandlers(organizationId));
        }
        throw ProblemException.invalid("purpose", "must be cases or tickets");
    }
}
