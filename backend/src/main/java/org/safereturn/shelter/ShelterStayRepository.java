package org.safereturn.shelter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Shelter stays; every finder is scoped by the organization that runs the room. */
@ApplicationScoped
class ShelterStayRepository implements PanacheRepositoryBase<ShelterStay, UUID> {

    Optional<ShelterStay> findInOrganization(UUID id, UUID organizationId) {
        return find("id = ?1 and room.organizationId = ?2", id, organizationId).firstResultOptional();
    }

    /** The stay, locked until the transaction ends, so that two check-outs of it cannot both succeed. */
    Optional<ShelterStay> lockInOrganization(UUID id, UUID organizationId) {
        return getEntityManager().createNativeQuery("""
                        SELECT s.* FROM shelter_stay s JOIN shelter_room r ON r.id = s.room_id
                        WHERE s.id = ?1 AND r.organization_id = ?2 FOR UPDATE OF s""", ShelterStay.class)
                .setParameter(1, id).setParameter(2, organizationId)
                .getResultStream().findFirst().map(ShelterStay.class::cast);
    }

    long countCurrentIn(UUID roomId) {
        return count("room.id = ?1 and checkedOutAt is null", roomId);
    }

    boolean staying(UUID personId) {
        return count("personId = ?1 and checkedOutAt is null", personId) > 0;
    }

    /** Open stays per room, for the given rooms; rooms without any are absent. */
    Map<UUID, Long> countCurrentByRoom(Collection<UUID> roomIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (roomIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                        SELECT s.room.id, count(s) FROM ShelterStay s
                        WHERE s.room.id IN :rooms AND s.checkedOutAt IS NULL GROUP BY s.room.id""", Object[].class)
                .setParameter("rooms", roomIds).getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The open stays in an organization's rooms, earliest check-in first. */
    List<ShelterStay> currentInOrganization(UUID organizationId) {
        return getEntityManager().createQuery("""
                        FROM ShelterStay s JOIN FETCH s.room r
                        WHERE r.organizationId = ?1 AND s.checkedOutAt IS NULL
                        ORDER BY s.checkedInAt, s.id""", ShelterStay.class)
                .setParameter(1, organizationId).getResultList();
    }
}
