package org.safereturn.prevention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.security.Roles;
import org.safereturn.prevention.PreventionDtos.PopulationRequest;
import org.safereturn.prevention.PreventionDtos.PopulationView;

/** A commune's population on each day recorded: the denominator of residents reached. */
@Path("/api/v1/places/{code}/population")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prevention")
@SecurityRequirement(name = "bearer")
public class PopulationResource {
    @Inject
    Denominators denominators;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.SOCIAL_WORKER, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "listCommunePopulation", summary = "A commune's population figures, newest first",
            description = "404 for an unknown place. Roles: supervisor, social-worker, admin, analyst.")
    public List<PopulationView> populations(@PathParam("code") String code) {
        return denominators.populations(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordCommunePopulation", summary = "Record a commune's population on a day",
            description = "Replaces a figure of the same day. Women and children not more than the population. Audited. Roles: admin.")
    public PopulationView recordPopulation(@PathParam("code") String code, @Valid @NotNull PopulationRequest request) {
        return denominators.recordPopulation(code, request);
    }

}
