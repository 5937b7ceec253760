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
import org.safereturn.common.security.CurrentUser;
import org.safereturn.directory.DirectoryDtos.OrganizationSummary;
import org.safereturn.directory.OrganizationService;

/** Who the caller is: the SPA's first call after sign-in. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user or API client")
@SecurityRequirement(name = "bearer")
public class MeResource {
    @Inject
    CurrentUser user;
    @Inject
    OrganizationService organizations;

    @Schema(name = "Me", description = "The caller: user or API client, roles and organization")
    public record Me(String subject, String username, String name, String email, List<String> roles,
                     @Schema(description = "Null when the token names no known organization") OrganizationSummary organization) {}

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "getMe", summary = "Who am I", description = "Roles: any signed-in role or API client.")
    public Me me() {
        OrganizationSummary organization = user.organizationId().flatMap(organizations::summary).orElse(null);
        return new Me(user.subject(), user.username(), user.displayName(), user.email(), List.copyOf(user.roles()), organization);
    }
}
