package org.safereturn.club;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings; every finder is scoped by club. */
@ApplicationScoped
class ClubMeetingRepository implements PanacheRepositoryBase<ClubMeeting, UUID> {

    Optional<ClubMeeting> findInClub(UUID id, UUID clubId) {
        return find("id = ?1 and clubId = ?2", id, clubId).firstResultOptional();
    }

    boolean dateTaken(UUID clubId, LocalDate date, UUID except) {
        return count("clubId = ?1 and meetingDate = ?2 and id <> ?3", clubId, date, except) > 0;
    }

    List<LocalDate> datesBetween(UUID clubId, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery(
                        "SELECT m.meetingDate FROM ClubMeeting m WHERE m.clubId = ?1 AND m.meetingDate BETWEEN ?2 AND ?3", LocalDate.class)
                .setParameter(1, clubId).setParameter(2, from).setParameter(3, to).getResultList();
    }

    List<LocalDate> heldBetween(UUID clubId, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        SELECT m.meetingDate FROM ClubMeeting m
                        WHERE m.clubId = ?1 AND m.status = ?4 AND m.meetingDate BETWEEN ?2 AND ?3""", LocalDate.class)
                .setParameter(1, clubId).setParameter(2, from).setParameter(3, to).setParameter(4, MeetingStatus.HELD).getResultList();
    }

    Optional<ClubMeeting> inMonth(UUID clubId, LocalDate first, LocalDate last) {
        return find("clubId = ?1 and meetingDate between ?2 and ?3 order by meetingDate", clubId, first, last).firstResultOptional();
    }
}
