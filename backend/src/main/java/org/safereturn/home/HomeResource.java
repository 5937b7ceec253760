package org.safereturn.home;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.error.Problem;
import org.safereturn.common.security.Roles;

/** The counts beside the navigation, polled by the SPA. */
@Path("/api/v1/me/counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user or API client")
@SecurityRequirement(name = "bearer")
public class HomeResource {
    @Inject
    HomeCounts counts;

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR, Roles.HOTLINE_OPERATOR, Roles.PARTNER})
    @Operation(operationId = "getMyCounts", summary = "What waits for me",
            description = "Counts of the caller's organization that the navigation shows: referrals waiting for an answer and overdue, "
                    + "verifications overdue, visits due, open EMERGENCY contacts and the caller's open contacts; each null where the "
                    + "role does not see that list. Not audited: no person is named. Roles: social-worker, supervisor, hotline-operator, partner.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HomeDtos.Counts.class)))
    @APIResponse(responseCode = "403", description = "A role without such lists, or no organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HomeDtos.Counts counts() {
        return counts.counts();
    }
}
