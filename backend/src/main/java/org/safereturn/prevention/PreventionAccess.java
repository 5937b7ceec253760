package org.safereturn.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationService;

/**
 * Who reaches trainings and campaigns: the organizing organization's supervisors and social
 * workers record and read its own (another organization's are 404); admins and analysts read every
 * one as counts, never the participants' names.
 */
@ApplicationScoped
class PreventionAccess {
    @Inject
    CurrentUser user;
    @Inject
    OrganizationService organizations;

    /** The organization the caller works for, or null for those who read every organization's records. */
    UUID scope() {
        if (user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.SOCIAL_WORKER)) {
            return organizations.callerOrganization();
        }
        return null;
    }

    /** Refuses a record of another organization as if it did not exist. */
    void requireReach(UUID organizer, String what, UUID id) {
        UUID scope = scope();
        if (scope != null && !scope.equals(organizer)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Whether the caller belongs to the organizer: they read the names and edit. */
    boolean ofOrganizer(UUID organizer) {
        UUID scope = scope();
        return scope != null && scope.equals(organizer);
    }
}
