package org.safereturn.club;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Club profiles, by organization id. */
@ApplicationScoped
class ClubRepository implements PanacheRepositoryBase<Club, UUID> {
}
