package org.safereturn.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Text;
import org.safereturn.common.persistence.NativeValues;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;
import org.safereturn.prevention.PreventionDtos.PopulationRequest;
import org.safereturn.prevention.PreventionDtos.PopulationView;
import org.safereturn.prevention.PreventionDtos.RosterEntry;
import org.safereturn.prevention.PreventionDtos.RosterRequest;
import org.safereturn.prevention.PreventionDtos.RosterView;

/**
 * What the plans count against, kept as dated data: a commune's residents (admins record them)
 * and an organization's staff by role (its supervisors or an admin record them).
 */
@ApplicationScoped
public class Denominators {
    @Inject
    EntityManager em;
    @Inject
    PlaceService places;
    @Inject
    OrganizationService organizations;
    @Inject
    CurrentUser user;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    @Transactional
    List<PopulationView> populations(String placeCode) {
        requirePlace(placeCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT place_code, as_of, population, women, children, source FROM commune_population WHERE place_code = ?1 ORDER BY as_of DESC")
                .setParameter(1, placeCode).getResultList();
        return rows.stream().map(Denominators::population).toList();
    }

    /** The population on a day: the latest figure recorded on or before it, else the earliest one after. */
    @Transactional
    public Optional<PopulationView> populationOn(String placeCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT place_code, as_of, population, women, children, source FROM commune_population WHERE place_code = ?1
                ORDER BY (as_of <= ?2) DESC, CASE WHEN as_of <= ?2 THEN ?2 - as_of ELSE as_of - ?2 END LIMIT 1""")
                .setParameter(1, placeCode).setParameter(2, day).getResultList();
        return rows.stream().findFirst().map(Denominators::population);
    }

    @Transactional
    PopulationView recordPopulation(String placeCode, PopulationRequest r) {
        requirePlace(placeCode);
        if (places.provinceOfCommune(placeCode).isEmpty()) {
            throw ProblemException.invalid("placeCode", "is a province: record the population of its communes and wards");
        }
        if (r.women() != null && r.women() > r.population()) {
            throw ProblemException.invalid("women", "must not be more than the population");
        }
        if (r.children() != null && r.children() > r.population()) {
            throw ProblemException.invalid("children", "must not be more than the population");
        }
        em.createNativeQuery("""
                INSERT INTO commune_population (place_code, as_of, population, women, children, source, recorded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (place_code, as_of) DO UPDATE SET population = EXCLUDED.population, women = EXCLUDED.women,
                    children = EXCLUDED.children, source = EXCLUDED.source, recorded_at = EXCLUDED.recorded_at""")
                .setParameter(1, placeCode).setParameter(2, r.asOf()).setParameter(3, r.population()).setParameter(4, r.women())
                .setParameter(5, r.children()).setParameter(6, Text.blankToNull(r.source())).setParameter(7, OffsetDateTime.now(clock))
                .executeUpdate();
        audit.event("POPULATION_RECORDED", "PLACE", placeCode).details("{\"asOf\":\"" + r.asOf() + "\"}").write();
        return new PopulationView(placeCode, r.asOf(), r.population(), r.women(), r.children(), Text.blankToNull(r.source()));
    }

    @Transactional
    RosterView roster(UUID organizationId) {
        requireRosterReader(organizationId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT staff_role, headcount, as_of FROM staff_roster
                WHERE organization_id = ?1 AND as_of = (SELECT max(as_of) FROM staff_roster WHERE organization_id = ?1)
                ORDER BY staff_role""").setParameter(1, organizationId).getResultList();
        LocalDate asOf = rows.isEmpty() ? null : NativeValues.localDate(rows.get(0)[2]);
        return new RosterView(organizationId, asOf,
                rows.stream().map(r -> new RosterEntry(StaffRole.valueOf((String) r[0]), ((Number) r[1]).intValue())).toList());
    }

    @Transactional
    RosterView recordRoster(UUID organizationId, RosterRequest r) {
        if (!organizations.exists(organizationId)) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        boolean admin = user.hasRole(Roles.ADMIN);
        if (!admin && !organizationId.equals(organizations.callerOrganization())) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        for (int i = 0; i < r.entries().size(); i++) {
            for (int j = 0; j < i; j++) {
                if (r.entries().get(i).staffRole() == r.entries().get(j).staffRole()) {
                    throw ProblemException.invalid("entries[" + i + "].staffRole", "lists a role twice");
                }
            }
        }
        em.createNativeQuery("DELETE FROM staff_roster WHERE organization_id = ?1 AND as_of = ?2")
                .setParameter(1, organizationId).setParameter(2, r.asOf()).executeUpdate();
        for (RosterEntry e : r.entries()) {
            em.createNativeQuery("INSERT INTO staff_roster (organization_id, staff_role, as_of, headcount, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, organizationId).setParameter(2, e.staffRole().name()).setParameter(3, r.asOf())
                    .setParameter(4, e.headcount()).setParameter(5, OffsetDateTime.now(clock)).executeUpdate();
        }
        audit.event("STAFF_ROSTER_RECORDED", "ORGANIZATION", organizationId).about(organizationId).write();
        return roster(organizationId);
    }

    private void requireRosterReader(UUID organizationId) {
        if (!organizations.exists(organizationId)) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        if (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.ANALYST)) {
            return;
        }
        if (!organizationId.equals(organizations.callerOrganization())) {
            throw ProblemException.notFound("Organization", organizationId);
        }
    }

    private void requirePlace(String placeCode) {
        if (!places.exists(placeCode)) {
            throw ProblemException.notFound("Place", placeCode);
        }
    }

    private static PopulationView population(Object[] r) {
        return new PopulationView((String) r[0], NativeValues.localDate(r[1]), ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(), r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5]);
    }
}
