package org.safereturn.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Organizations of the directory. */
@ApplicationScoped
class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {}
