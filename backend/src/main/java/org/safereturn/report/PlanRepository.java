package org.safereturn.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plans; listed newest year first, by organization when the caller sees only its own. */
@ApplicationScoped
class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {
    record Found(List<Plan> plans, long total) {}

    Found search(UUID organizationId, Integer year, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (organizationId != null) {
            where.add("organizationId = :org");
            params.put("org", organizationId);
        }
        if (year != null) {
            where.add("year = :year");
            params.put("year", year);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by year desc, title, id";
        var found = find(query, params);
        return new Found(found.page(Page.of(page, size)).list(), found.count());
    }
}
