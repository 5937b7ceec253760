package org.safereturn.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {
    Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    List<Indicator> listByCode() {
        return list("order by code");
    }
}
