package org.safereturn.club;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Board seats; every finder is scoped by club. */
@ApplicationScoped
class BoardSeatRepository implements PanacheRepositoryBase<BoardSeat, UUID> {

    List<BoardSeat> findByClub(UUID clubId) {
        return list("clubId = ?1 order by fromDate, id", clubId);
    }

    /** Seats held today or later, in the order they began. */
    List<BoardSeat> findCurrentAndComing(UUID clubId, LocalDate today) {
        return list("clubId = ?1 and (toDate is null or toDate >= ?2) order by role, fromDate, id", clubId, today);
    }

    Optional<BoardSeat> findInClub(UUID id, UUID clubId) {
        return find("id = ?1 and clubId = ?2", id, clubId).firstResultOptional();
    }
}
