package org.safereturn.club;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.club.ClubDtos.TopicView;
import org.safereturn.common.security.Roles;

/** The topics a club meeting may cover. */
@Path("/api/v1/club-meeting-topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = "bearer")
public class MeetingTopicResource {
    @Inject
    MeetingService service;

    @GET
    @RolesAllowed({Roles.CLUB_COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN, Roles.SOCIAL_WORKER, Roles.ANALYST})
    @Operation(operationId = "listClubMeetingTopics", summary = "The topics a club meeting may cover",
            description = "A taxonomy kept as data, in its order. Roles: club-coordinator, supervisor, admin, social-worker, analyst.")
    public List<TopicView> topics() {
        return service.topics();
    }

}
