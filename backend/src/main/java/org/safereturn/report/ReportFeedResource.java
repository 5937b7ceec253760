package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.Roles;

/** The incremental feed of de-identified facts, for integrators who keep a copy. */
@Path("/api/reports/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class ReportFeedResource {
    @Inject
    ReportFeed feed;
    @Inject
    ReportCallers callers;

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "getReportFeed", summary = "Changes since a cursor (incremental feed)",
            description = "The cases, supports, referrals and hotline contacts changed since the cursor, in the order their changes committed, each once at its latest state: its de-identified facts under a stable pseudonym, or a tombstone (op DELETE) once the record is gone, so that a copy stays exact. Start with cursor 0; keep the page's cursor for the next call. De-identified, not anonymous: for integrators whose agreement includes \"feed\". Audited. Roles: analyst.")
    public ReportFeed.Page get(
            @Parameter(description = "The cursor of the last page read; 0 (default) for everything", example = "0") @QueryParam("cursor") String cursor,
            @Parameter(description = "Changes per page, 1 to 1000 (default 500)", schema = @Schema(minimum = "1", maximum = "1000")) @QueryParam("limit") Integer limit,
            @Parameter(description = "Only these kinds, comma-separated: CASE, SUPPORT, REFERRAL, CONTACT", example = "CASE,SUPPORT") @QueryParam("types") String types) {
        long from;
        try {
            from = cursor == null || cursor.isBlank() ? 0 : Long.parseLong(cursor.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "must be a cursor this feed gave (a number)");
        }
        if (from < 0) {
            throw ProblemException.invalid("cursor", "must be a cursor this feed gave (a number)");
        }
        int n = limit == null ? 500 : limit;
        if (n < 1 || n > ReportFeed.MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be 1 to " + ReportFeed.MAX_LIMIT);
        }
        Set<String> kinds = new LinkedHashSet<>();
        if (types == null || types.isBlank()) {
            kinds.addAll(ReportFeed.TYPES);
        } else {
            for (String t : types.split(",")) {
                String k = t.trim();
                if (!ReportFeed.TYPES.contains(k)) {
                    throw ProblemException.invalid("types", "'" + k + "' is not one of " + String.join(", ", ReportFeed.TYPES));
                }
                kinds.add(k);
            }
        }
        return feed.since(callers.current(), from, n, kinds);
    }
}
