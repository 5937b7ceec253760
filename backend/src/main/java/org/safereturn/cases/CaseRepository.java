package org.safereturn.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Cases by id; every finder is scoped by organization in CaseService. */
@ApplicationScoped
class CaseRepository implements PanacheRepositoryBase<CaseFile, UUID> {}
