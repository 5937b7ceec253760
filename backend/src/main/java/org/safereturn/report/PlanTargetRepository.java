package org.safereturn.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PlanTargetRepository implements PanacheRepositoryBase<PlanTarget, UUID> {
    List<PlanTarget> listOfPlan(UUID planId) {
        return list("planId = ?1 order by createdAt, id", planId);
    }

    Optional<PlanTarget> findInPlan(UUID id, UUID planId) {
        return find("id = ?1 and planId = ?2", id, planId).firstResultOptional();
    }

    boolean taken(UUID planId, UUID indicatorId, String placeCode, String period, UUID except) {
        return count("planId = ?1 and indicatorId = ?2 and placeCode = ?3 and period = ?4 and id <> ?5",
                planId, indicatorId, placeCode, period, except) > 0;
    }

    boolean indicatorUsed(UUID indicatorId) {
        return count("indicatorId", indicatorId) > 0;
    }
}
