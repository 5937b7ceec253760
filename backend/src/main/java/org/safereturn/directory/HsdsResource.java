package org.safereturn.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Params;

/**
 * The directory as an Open Referral (HSDS 3.0) feed, for partners and integrators. Pages count
 * from 1 and take {@code per_page}, as HSDS's API reference does.
 */
@Path("/api/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral", description = "The directory as an HSDS 3.0 feed")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class HsdsResource {
    static final String HSDS_VERSION = "3.0";
    /** No HSDS profile changes the base schemas here, so the profile is HSDS 3.0's canonical schema directory. */
    static final URI BASE_PROFILE = URI.create("https://github.com/openreferral/specification/tree/3.0/schema");
    static final String OPENAPI_PATH = "/q/openapi";

    @Inject
    OrganizationService organizations;
    @Inject
    ServiceCatalog services;
    @Inject
    HsdsFeed feed;

    @GET
    @Path("/")
    @Operation(operationId = "hsdsIndex", summary = "What this HSDS API is",
            description = "Roles: any signed-in role. The HSDS API's index: the HSDS version, the profile (the base HSDS 3.0 schemas, "
                    + "as no profile changes them) and the OpenAPI document that defines this API.")
    public HsdsDtos.Index index(@Context UriInfo uri) {
        return new HsdsDtos.Index(HSDS_VERSION, BASE_PROFILE, uri.getBaseUriBuilder().replacePath(OPENAPI_PATH).replaceQuery("format=json").build());
    }

    @GET
    @Path("/organizations")
    @Operation(operationId = "hsdsListOrganizations", summary = "Organizations (HSDS 3.0)",
            description = "Roles: any signed-in role; meant for partner and analyst API clients. Each organization carries its "
                    + "one-to-one fields; one organization (hsdsGetOrganization) carries its phones, contacts and locations.")
    public HsdsDtos.OrganizationPage organizations(
            @Parameter(description = "Search text") @QueryParam("search") String search,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("per_page") Integer perPage) {
        int p = pageOf(page);
        int size = perPageOf(perPage);
        DirectoryDtos.OrganizationPage result = organizations.list(search, null, null, null, p - 1, size, null);
        long pages = pages(result.total(), size);
        return new HsdsDtos.OrganizationPage(result.total(), pages, p, result.items().size(), p == 1, p >= pages,
                result.items().isEmpty(), feed.organizations(result.items()));
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(operationId = "hsdsGetOrganization", summary = "One organization with its phones, contacts and locations (HSDS 3.0)",
            description = "Roles: any signed-in role.")
    public HsdsDtos.Organization organization(@PathParam("id") UUID id) {
        return feed.organization(organizations.get(id));
    }

    @GET
    @Path("/services")
    @Operation(operationId = "hsdsListServices", summary = "Services (HSDS 3.0)",
            description = "Roles: any signed-in role; meant for partner and analyst API clients. Each service carries its "
                    + "one-to-one fields and its organization; with full=true, everything one service carries. modified_after "
                    + "gives what changed since a previous pull.")
    public HsdsDtos.ServicePage services(
            @Parameter(description = "Search text") @QueryParam("search") String search,
            @Parameter(description = "Only this organization's services") @QueryParam("organization_id") UUID organizationId,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("per_page") Integer perPage,
            @Parameter(description = "true: each service fully nested (phones, contacts, areas, locations, languages)")
            @QueryParam("full") boolean full,
            @Parameter(description = "Only services changed on or after this time, themselves or their organization (their last_modified)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-11-23T00:00:00+07:00")
            @QueryParam("modified_after") String modifiedAfter) {
        int p = pageOf(page);
        int size = perPageOf(perPage);
        DirectoryDtos.ServicePage result = services.list(search, null, null, organizationId, null,
                Params.timeOf(modifiedAfter, "modified_after"), p - 1, size, null);
        long pages = pages(result.total(), size);
        var owners = organizations.views(result.items().stream().map(DirectoryDtos.ServiceView::organizationId).distinct().toList());
        return new HsdsDtos.ServicePage(result.total(), pages, p, result.items().size(), p == 1, p >= pages,
                result.items().isEmpty(), feed.services(result.items(), owners, full));
    }

    @GET
    @Path("/services/{id}")
    @Operation(operationId = "hsdsGetService", summary = "One service, fully nested, with its organization (HSDS 3.0)",
            description = "Roles: any signed-in role.")
    public HsdsDtos.Service service(@PathParam("id") UUID id) {
        DirectoryDtos.ServiceView s = services.get(id);
        return feed.service(s, organizations.get(s.organizationId()));
    }

    private static int pageOf(Integer page) {
        if (page != null && page < 1) {
            throw ProblemException.invalid("page", "must be 1 or more");
        }
        return page == null ? 1 : page;
    }

    private static int perPageOf(Integer perPage) {
        if (perPage != null && (perPage < 1 || perPage > 200)) {
            throw ProblemException.invalid("per_page", "must be between 1 and 200");
        }
        return perPage == null ? 50 : perPage;
    }

    private static long pages(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
