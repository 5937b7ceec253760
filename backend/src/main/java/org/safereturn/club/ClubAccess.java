package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationKind;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;

/**
 * Who reaches which club. A club coordinator works in their own club only (another club is 404);
 * supervisors of a Social Work Centre or a Women's Union oversee every club of their province;
 * admins every club. Members' names, phones and the minutes are the club's own: overseers see
 * counts.
 */
@ApplicationScoped
class ClubAccess {
    /** The club's own users, or those who oversee it. */
    enum Level { OWN, OVERSIGHT }

    /** What the caller reaches: their own club, the clubs of a province, or (province null, admins) all. */
    record Scope(Level level, UUID ownClub, String province) {
        boolean reaches(Club club) {
            return level == Level.OWN ? club.id.equals(ownClub) : province == null || province.equals(club.provinceCode);
        }
    }

    private static final Set<OrganizationKind> OVERSEERS = Set.of(OrganizationKind.SOCIAL_WORK_CENTRE, OrganizationKind.MASS_ORGANIZATION);

    @Inject
    CurrentUser user;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    ClubRepository clubs;

    @Transactional
    Scope scope() {
        if (user.hasRole(Roles.CLUB_COORDINATOR)) {
            return new Scope(Level.OWN, organizations.callerOrganization(), null);
        }
        if (user.hasRole(Roles.ADMIN)) {
            return new Scope(Level.OVERSIGHT, null, null);
        }
        UUID organization = organizations.callerOrganization();
        var kind = organizations.summary(organization).map(s -> s.kind()).orElse(null);
        if (user.hasRole(Roles.SUPERVISOR) && OVERSEERS.contains(kind)) {
            String province = organizations.placeCode(organization).flatMap(places::provinceOf).orElse("-");
            return new Scope(Level.OVERSIGHT, null, province);
        }
        throw new ProblemException(403, "auth.forbidden", "Forbidden",
                "Clubs are overseen by supervisors of a Social Work Centre or a Women's Union, and worked in by their coordinators");
    }

    /** The club, when the caller reaches it; 404 otherwise, as if it did not exist. */
    @Transactional
    Reached club(UUID id) {
        Scope scope = scope();
        Club club = clubs.findByIdOptional(id).filter(scope::reaches).orElseThrow(() -> ProblemException.notFound("Club", id));
        return new Reached(club, scope.level());
    }

    /** A club the caller may work in as its own user: members, attendance, minutes. Overseers get 403. */
    @Transactional
    Club ownClub(UUID id) {
        Reached reached = club(id);
        if (reached.level() != Level.OWN) {
            throw new ProblemException(403, "club.members-private", "The club's own data",
                    "Members' names and contacts, attendance and minutes are read by the club's own users; overseers see counts");
        }
        return reached.club();
    }

    record Reached(Club club, Level level) {}
}
