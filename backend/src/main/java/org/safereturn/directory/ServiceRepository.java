package org.safereturn.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Services of the directory. */
@ApplicationScoped
class ServiceRepository implements PanacheRepositoryBase<Service, UUID> {
    long countByOrganization(UUID organizationId) {
        return count("organization.id", organizationId);
    }
}
