package org.safereturn.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;
import org.safereturn.prevention.PreventionDtos.CampaignPage;
import org.safereturn.prevention.PreventionDtos.CampaignRequest;
import org.safereturn.prevention.PreventionDtos.CampaignView;
import org.safereturn.prevention.PreventionDtos.ReachCount;
import org.safereturn.prevention.PreventionDtos.RecordAction;

/** Information campaigns for residents: recorded by the organizer, the people reached checked against the commune's population. */
@ApplicationScoped
public class CampaignService {
    static final String CAMPAIGN = "INFORMATION_CAMPAIGN";

    @Inject
    PreventionAccess access;
    @Inject
    Denominators denominators;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    CampaignPage list(String placeCode, Integer year, Integer page, Integer size) {
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), null);
        UUID scope = access.scope();
        String where = " WHERE (:org IS NULL OR c.organizerOrganizationId = :org)";
        if (placeCode != null && !placeCode.isBlank()) {
            where += " AND c.placeCode = :place";
        }
        if (year != null) {
            where += " AND year(c.startsOn) = :year";
        }
        var query = em.createQuery("FROM InformationCampaign c" + where + " ORDER BY c.startsOn DESC, c.id", InformationCampaign.class)
                .setParameter("org", scope);
        var count = em.createQuery("SELECT count(c) FROM InformationCampaign c" + where, Long.class).setParameter("org", scope);
        if (placeCode != null && !placeCode.isBlank()) {
            query.setParameter("place", placeCode.trim());
            count.setParameter("place", placeCode.trim());
        }
        if (year != null) {
            query.setParameter("year", year);
            count.setParameter("year", year);
        }
        List<CampaignView> items = query.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList()
                .stream().map(this::view).toList();
        return new CampaignPage(items, pq.page(), pq.size(), count.getSingleResult());
    }

    @Transactional
    CampaignView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    CampaignView create(CampaignRequest r) {
        UUID organizer = access.scope();
        if (organizer == null) {
            throw forbidden();
        }
        InformationCampaign c = new InformationCampaign();
        c.id = UUID.randomUUID();
        c.organizerOrganizationId = organizer;
        c.createdAt = now();
        check(r);
        c.apply(r, c.createdAt);
        em.persist(c);
        em.flush();
        replaceReach(c.id, r.reach());
        audit.event("CAMPAIGN_RECORDED", CAMPAIGN, c.id).write();
        return view(c);
    }

    @Transactional
    CampaignView update(UUID id, long version, CampaignRequest r) {
        InformationCampaign c = find(id);
        if (!access.ofOrganizer(c.organizerOrganizationId)) {
            throw forbidden();
        }
        if (c.version != version) {
            throw Etags.stale();
        }
        check(r);
        c.apply(r, now());
        Flushes.orStale(em);
        replaceReach(c.id, r.reach());
        audit.event("CAMPAIGN_CHANGED", CAMPAIGN, id).write();
        return view(c);
    }

    private InformationCampaign find(UUID id) {
        InformationCampaign c = em.find(InformationCampaign.class, id);
        if (c == null) {
            throw ProblemException.notFound("Campaign", id);
        }
        access.requireReach(c.organizerOrganizationId, "Campaign", id);
        return c;
    }

    private static ProblemException forbidden() {
        return new ProblemException(403, "auth.forbidden", "Forbidden", "Campaigns are recorded by the organizing organization's supervisors and social workers");
    }

    private void check(CampaignRequest r) {
        String place = r.placeCode().trim();
        if (places.provinceOfCommune(place).isEmpty()) {
            throw ProblemException.invalid("placeCode", "is not a commune or ward of today's administrative units");
        }
        Integer population = denominators.populationOn(place, r.endsOn()).map(p -> p.population()).orElse(null);
        ReachRules.check(r.reach() == null ? List.of() : r.reach(), population, place);
    }

    private void replaceReach(UUID campaignId, List<ReachCount> reach) {
        em.createNativeQuery("DELETE FROM campaign_reach WHERE campaign_id = ?1").setParameter(1, campaignId).executeUpdate();
        for (ReachCount c : reach == null ? List.<ReachCount>of() : reach) {
            em.createNativeQuery("INSERT INTO campaign_reach (campaign_id, sex, age_group, count) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, campaignId).setParameter(2, c.sex().name()).setParameter(3, c.ageGroup().name())
                    .setParameter(4, c.count()).executeUpdate();
        }
    }

    CampaignView view(InformationCampaign c) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT sex, age_group, count FROM campaign_reach WHERE campaign_id = ?1 ORDER BY sex, age_group")
                .setParameter(1, c.id).getResultList();
        List<ReachCount> reach = rows.stream().map(r -> new ReachCount(ReachSex.valueOf((String) r[0]), AgeGroup.valueOf((String) r[1]),
                ((Number) r[2]).intValue())).toList();
        long reached = ReachRules.total(reach);
        var population = denominators.populationOn(c.placeCode, c.endsOn).orElse(null);
        Double percent = population == null || population.population() == 0 ? null
                : Math.round(1000.0 * reached / population.population()) / 10.0;
        String organizer = organizations.summary(c.organizerOrganizationId).map(s -> s.nameVi()).orElse(null);
        Object placeName = em.createNativeQuery("SELECT name_vi FROM place WHERE code = ?1").setParameter(1, c.placeCode)
                .getResultStream().findFirst().orElse(null);
        return new CampaignView(c.id, c.organizerOrganizationId, organizer, c.title, c.channel, c.placeCode, (String) placeName, c.startsOn, c.endsOn,
                c.materials, c.materialsCount, c.countingMethod, reach, reached, population, percent,
                access.ofOrganizer(c.organizerOrganizationId) ? List.of(RecordAction.EDIT) : List.of(), c.version, c.updatedAt);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
