package org.safereturn.shelter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Shelter rooms; every finder is scoped by organization. */
@ApplicationScoped
class ShelterRoomRepository implements PanacheRepositoryBase<ShelterRoom, UUID> {

    Optional<ShelterRoom> findInOrganization(UUID id, UUID organizationId) {
        return find("id = ?1 and organizationId = ?2", id, organizationId).firstResultOptional();
    }

    /**
     * The room, read fresh and locked (SELECT … FOR UPDATE) until the transaction ends, so that
     * check-ins to one room run one after the other and each counts the places the last one left.
     */
    Optional<ShelterRoom> lockInOrganization(UUID id, UUID organizationId) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM shelter_room WHERE id = ?1 AND organization_id = ?2 FOR UPDATE", ShelterRoom.class)
                .setParameter(1, id).setParameter(2, organizationId)
                .getResultStream().findFirst().map(ShelterRoom.class::cast);
    }

    boolean nameTaken(UUID organizationId, String name, UUID except) {
        return count("organizationId = ?1 and name = ?2 and id <> ?3", organizationId, name, except) > 0;
    }
}
