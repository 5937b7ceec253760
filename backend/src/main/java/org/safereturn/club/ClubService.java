package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.club.ClubDtos.ClubAction;
import org.safereturn.club.ClubDtos.ClubPage;
import org.safereturn.club.ClubDtos.ClubRequest;
import org.safereturn.club.ClubDtos.ClubView;
import org.safereturn.club.ClubDtos.MeetingRef;
import org.safereturn.club.ClubDtos.SeatAction;
import org.safereturn.club.ClubDtos.SeatRequest;
import org.safereturn.club.ClubDtos.SeatView;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.OrganizationKind;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;

/** Clubs and their boards: the list a scope reaches, one club's page, its profile and its seats. */
@ApplicationScoped
public class ClubService {
    static final String CLUB = "CLUB";
    static final String SEAT = "CLUB_BOARD_SEAT";

    @Inject
    ClubAccess access;
    @Inject
    ClubRepository clubs;
    @Inject
    ClubQueries queries;
    @Inject
    BoardSeatRepository seats;
    @Inject
    ClubMemberRepository members;
    @Inject
    ClubMeetingRepository meetings;
    @Inject
    MemberCodec codec;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    ClubPage list(String q, Integer page, Integer size) {
        var scope = access.scope();
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), null);
        return new ClubPage(queries.page(scope, q, today(), pq.page(), pq.size()), pq.page(), pq.size(), queries.count(scope, q));
    }

    /** The clubs reached in one year: meetings per month and members by group, as counts. */
    @Transactional
    ClubDtos.Overview overview(Integer year) {
        var scope = access.scope();
        int y = year == null ? today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100");
        }
        var byGroup = queries.membersByGroup(scope, today());
        return new ClubDtos.Overview(y, queries.count(scope, null), queries.months(scope, y), byGroup,
                byGroup.values().stream().mapToLong(Long::longValue).sum());
    }

    @Transactional
    ClubView get(UUID id) {
        var reached = access.club(id);
        ClubView view = view(reached.club(), reached.level());
        audit.event("CLUB_READ", CLUB, id).about(id).write();
        return view;
    }

    @Transactional
    ClubView create(ClubRequest r) {
        if (r.organizationId() == null) {
            throw ProblemException.invalid("organizationId", "names the directory organization (kind CLUB) the profile is for");
        }
        var organization = organizations.summary(r.organizationId())
                .orElseThrow(() -> ProblemException.invalid("organizationId", "is not an organization of the directory"));
        if (organization.kind() != OrganizationKind.CLUB) {
            throw new ProblemException(422, "club.not-a-club", "Not a club",
                    "Only an organization of kind CLUB has a club profile; this one is " + organization.kind(),
                    List.of(new org.safereturn.common.error.Problem.FieldError("organizationId", "is not of kind CLUB")));
        }
        if (clubs.findByIdOptional(r.organizationId()).isPresent()) {
            throw ProblemException.conflict("club.exists", "This club already has a profile; replace it with PUT");
        }
        Club club = new Club();
        club.id = r.organizationId();
        club.createdAt = now();
        club.apply(r, province(r), club.createdAt);
        clubs.persist(club);
        audit.event("CLUB_CREATED", CLUB, club.id).about(club.id).write();
        return view(club, ClubAccess.Level.OVERSIGHT);
    }

    @Transactional
    ClubView update(UUID id, long version, ClubRequest r) {
        Club club = access.club(id).club();
        if (club.version != version) {
            throw Etags.stale();
        }
        if (r.boardSeats() != null) {
            long held = seats.findByClub(id).stream().filter(s -> s.heldOn(today())).count();
            if (r.boardSeats() < held) {
                throw ProblemException.conflict("club.board-full", "The board has " + held + " seats held today; end some before allowing fewer");
            }
        }
        club.apply(r, province(r), now());
        Flushes.orStale(em);
        audit.event("CLUB_CHANGED", CLUB, id).about(id).write();
        return view(club, ClubAccess.Level.OVERSIGHT);
    }

    @Transactional
    SeatView addSeat(UUID clubId, SeatRequest r) {
        var reached = access.club(clubId);
        requireBoardManager(reached.level());
        Club club = reached.club();
        if ((r.memberId() == null) == (r.staffName() == null || r.staffName().isBlank())) {
            throw ProblemException.invalid("memberId", "name either a member of the club (memberId) or a staff member (staffName), not both");
        }
        if (r.to() != null && r.to().isBefore(r.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (r.memberId() != null) {
            ClubMember member = members.findInClub(r.memberId(), clubId)
                    .orElseThrow(() -> new ProblemException(422, "club.not-a-member", "Not a member",
                            "The seat's holder must be a member of this club",
                            List.of(new org.safereturn.common.error.Problem.FieldError("memberId", "is not a member of this club"))));
            if (!member.memberOn(r.from())) {
                throw ProblemException.invalid("from", "the member is not a member of the club on that day");
            }
        }
        // Seats of one club are added one at a time, so two requests cannot both take the last seat.
        em.createNativeQuery("SELECT 1 FROM club WHERE organization_id = ?1 FOR UPDATE").setParameter(1, clubId).getResultList();
        String staffName = r.staffName() == null || r.staffName().isBlank() ? null : r.staffName().trim();
        BoardRules.admit(seats.findByClub(clubId), club.boardSeats, r.role(), r.memberId(), staffName, r.from(), r.to());
        BoardSeat seat = new BoardSeat();
        seat.id = UUID.randomUUID();
        seat.clubId = clubId;
        seat.role = r.role();
        seat.memberId = r.memberId();
        seat.staffName = staffName;
        seat.fromDate = r.from();
        seat.toDate = r.to();
        seat.createdAt = now();
        seats.persist(seat);
        audit.event("CLUB_BOARD_SEAT_ADDED", SEAT, seat.id).about(clubId).details("{\"role\":\"" + seat.role + "\"}").write();
        return seatView(seat, reached.level());
    }

    @Transactional
    SeatView endSeat(UUID clubId, UUID seatId, LocalDate on) {
        var reached = access.club(clubId);
        requireBoardManager(reached.level());
        BoardSeat seat = seats.findInClub(seatId, clubId).orElseThrow(() -> ProblemException.notFound("Board seat", seatId));
        seat.end(on);
        audit.event("CLUB_BOARD_SEAT_ENDED", SEAT, seatId).about(clubId).write();
        return seatView(seat, reached.level());
    }

    private void requireBoardManager(ClubAccess.Level level) {
        if (level != ClubAccess.Level.OWN && !user.hasRole(Roles.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden", "Forbidden", "The board is kept by the club's coordinator or an admin");
        }
    }

    private String province(ClubRequest r) {
        String place = r.placeCode().trim();
        return places.provinceOfCommune(place)
                .orElseThrow(() -> ProblemException.invalid("placeCode", "is not a commune or ward of today's administrative units"));
    }

    ClubView view(Club club, ClubAccess.Level level) {
        LocalDate today = today();
        YearMonth month = YearMonth.from(today);
        var header = queries.header(club.id).orElseThrow(() -> ProblemException.notFound("Club", club.id));
        var byGroup = members.countActiveByGroup(club.id, today);
        var board = seats.findCurrentAndComing(club.id, today).stream().map(s -> seatView(s, level)).toList();
        MeetingRef thisMonth = meetings.inMonth(club.id, month.atDay(1), month.atEndOfMonth())
                .map(m -> new MeetingRef(m.id, m.meetingDate, m.status,
                        ClubMeeting.actions(m.meetingDate, level == ClubAccess.Level.OWN, today))).orElse(null);
        YearMonth firstChecked = month.minusMonths(12);
        var missing = MeetingSeries.monthsWithoutHeld(firstChecked, month.minusMonths(1),
                        meetings.heldBetween(club.id, firstChecked.atDay(1), month.minusMonths(1).atEndOfMonth()))
                .stream().map(YearMonth::toString).toList();
        return new ClubView(club.id, header.nameVi(), header.nameEn(), header.status(), club.placeCode, header.placeName(), club.provinceCode,
                club.foundedPlaceName, club.foundedPlaceCode, club.decisionNumber, club.decisionDate, club.decisionIssuer,
                club.sponsorOrganizationId, header.sponsorName(), club.boardSeats, board,
                byGroup.values().stream().mapToLong(Long::longValue).sum(), byGroup, thisMonth, missing, actions(level), club.version);
    }

    private List<ClubAction> actions(ClubAccess.Level level) {
        List<ClubAction> actions = new ArrayList<>();
        boolean admin = user.hasRole(Roles.ADMIN);
        if (admin) {
            actions.add(ClubAction.EDIT);
        }
        if (level == ClubAccess.Level.OWN || admin) {
            actions.add(ClubAction.ADD_BOARD_SEAT);
            actions.add(ClubAction.ADD_FOUNDING_DECISION);
        }
        if (level == ClubAccess.Level.OWN) {
            actions.addAll(List.of(ClubAction.READ_MEMBERS, ClubAction.ADD_MEMBER, ClubAction.PLAN_MEETINGS));
        }
        return actions;
    }

    private SeatView seatView(BoardSeat s, ClubAccess.Level level) {
        String name = s.staffName;
        if (s.memberId != null && level == ClubAccess.Level.OWN) {
            name = members.findByIdOptional(s.memberId).map(codec::fullName).orElse(null);
        }
        boolean manages = level == ClubAccess.Level.OWN || user.hasRole(Roles.ADMIN);
        return new SeatView(s.id, s.role, s.memberId, name, s.fromDate, s.toDate,
                manages && s.toDate == null ? List.of(SeatAction.END) : List.of());
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
