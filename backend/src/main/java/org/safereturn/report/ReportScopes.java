package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationKind;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;
import org.safereturn.report.ReportDefinition.Scope;

/**
 * Whose records a caller's report counts, and the place filter: analysts (and integrators'
 * clients) every organization's, protected; social workers and supervisors their own
 * organization's; club coordinators their club's; supervisors of a Social Work Centre or a
 * Women's Union the clubs of their province. Figures that are about no one (residents, staff)
 * are public to every reader.
 */
@ApplicationScoped
class ReportScopes {
    /** The scope names; only {@link #ALL} is protected against small cells. */
    static final String ALL = "ALL";
    static final String PUBLIC = "PUBLIC";

    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;

    /** Restricts the records to the caller's scope by adding to {@code filters}; answers the scope's name. */
    String apply(ReportCaller caller, ReportDefinition d, UUID organizationId, List<ReportQueries.Filter> filters) {
        if (d.scope() == Scope.PUBLIC) {
            if (organizationId != null && d.ownerPredicate() != null) {
                filters.add(new ReportQueries.Filter(d.ownerPredicate(), Map.of("org", organizationId)));
            }
            return PUBLIC;
        }
        if (caller.has(Roles.ANALYST)) {
            if (organizationId != null) {
                filters.add(new ReportQueries.Filter(d.ownerPredicate(), Map.of("org", organizationId)));
            }
            return ALL;
        }
        UUID own = caller.organization();
        if (organizationId != null && !organizationId.equals(own) && !(d.scope() == Scope.CLUBS && caller.has(Roles.SUPERVISOR))) {
            throw new ProblemException(403, "report.out-of-scope", "Outside your scope", "You see your own organization's figures only");
        }
        if (d.scope() == Scope.ORGANIZATION && (caller.has(Roles.SOCIAL_WORKER) || caller.has(Roles.SUPERVISOR))) {
            filters.add(new ReportQueries.Filter(d.ownerPredicate(), Map.of("org", own)));
            return "ORGANIZATION";
        }
        if (d.scope() == Scope.CLUBS && caller.has(Roles.CLUB_COORDINATOR)) {
            filters.add(new ReportQueries.Filter(d.ownerPredicate(), Map.of("org", own)));
            return "CLUB";
        }
        if (d.scope() == Scope.CLUBS && caller.has(Roles.SUPERVISOR)) {
            OrganizationKind kind = organizations.summary(own).map(s -> s.kind()).orElse(null);
            if (kind == OrganizationKind.SOCIAL_WORK_CENTRE || kind == OrganizationKind.MASS_ORGANIZATION) {
                String province = organizations.placeCode(own).flatMap(places::provinceOf).orElse("-");
                filters.add(new ReportQueries.Filter(d.provincePredicate(), Map.of("province", province)));
                if (organizationId != null) {
                    filters.add(new ReportQueries.Filter(d.ownerPredicate(), Map.of("org", organizationId)));
                }
                return "PROVINCE";
            }
        }
        throw new ProblemException(403, "auth.forbidden", "Forbidden", "This report is not among those your role may read");
    }

    /** Only the records of a province (its communes included) or of one commune. */
    ReportQueries.Filter place(ReportDefinition d, String place) {
        if (d.provinceExpr() == null) {
            throw ProblemException.invalid("place", d.name() + " has no place to filter by");
        }
        if (!places.exists(place)) {
            throw ProblemException.invalid("place", "is not a known administrative unit");
        }
        String expr = places.isProvince(place) ? d.provinceExpr() : d.communeExpr();
        return new ReportQueries.Filter(expr + " = :place", Map.of("place", place));
    }
}
