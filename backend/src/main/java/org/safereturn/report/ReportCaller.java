package org.safereturn.report;

import java.util.Set;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;

/**
 * Who asks for a report or an export: their subject, roles, organization and API client, taken
 * from the token when the request comes, and kept with a queued export so that it runs with the
 * reach its requester had, not more.
 */
record ReportCaller(String subject, String username, Set<String> roles, UUID organizationId, String clientId) {
    ReportCaller {
        roles = Set.copyOf(roles);
    }

    boolean has(String role) {
        return roles.contains(role);
    }

    /** The caller's organization; 403 when they have none (analysts need none). */
    UUID organization() {
        if (organizationId == null) {
            throw new ProblemException(403, "auth.no-organization", "No organization", "Your account belongs to no organization of the directory");
        }
        return organizationId;
    }
}
