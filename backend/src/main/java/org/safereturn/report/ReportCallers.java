package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationService;

/** The caller of the current request as a {@link ReportCaller}; their organization checked active unless they are an analyst. */
@ApplicationScoped
class ReportCallers {
    @Inject
    CurrentUser user;
    @Inject
    OrganizationService organizations;

    ReportCaller current() {
        java.util.UUID org = user.hasRole(Roles.ANALYST) ? user.organizationId().orElse(null) : organizations.callerOrganization();
        return new ReportCaller(user.subject(), user.username(), user.roles(), org, user.clientId());
    }
}
