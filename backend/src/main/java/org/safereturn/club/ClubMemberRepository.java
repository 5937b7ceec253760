package org.safereturn.club;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Members; every finder is scoped by club. */
@ApplicationScoped
class ClubMemberRepository implements PanacheRepositoryBase<ClubMember, UUID> {

    Optional<ClubMember> findInClub(UUID id, UUID clubId) {
        return find("id = ?1 and clubId = ?2", id, clubId).firstResultOptional();
    }

    List<ClubMember> findInClub(Collection<UUID> ids, UUID clubId) {
        return ids.isEmpty() ? List.of() : list("id in ?1 and clubId = ?2", ids, clubId);
    }

    /** Members by id, whatever their club: for lists already scoped by a meeting of one club. */
    List<ClubMember> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Active members (not left before today, not erased) by target group. */
    Map<TargetGroup, Long> countActiveByGroup(UUID clubId, LocalDate today) {
        Map<TargetGroup, Long> counts = new EnumMap<>(TargetGroup.class);
        getEntityManager().createQuery("""
                        SELECT m.targetGroup, count(m) FROM ClubMember m
                        WHERE m.clubId = ?1 AND m.erasedAt IS NULL AND (m.leftOn IS NULL OR m.leftOn >= ?2)
                        GROUP BY m.targetGroup""", Object[].class)
                .setParameter(1, clubId).setParameter(2, today).getResultList()
                .forEach(r -> counts.put((TargetGroup) r[0], (Long) r[1]));
        return counts;
    }
}
