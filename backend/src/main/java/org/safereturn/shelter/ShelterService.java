package org.safereturn.shelter;

import org.safereturn.common.web.Text;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CaseService;
import org.safereturn.cases.CaseService.CaseRef;
import org.safereturn.cases.CaseService.PersonLabel;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Changes;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.OrganizationService;
import org.safereturn.shelter.ShelterDtos.BoardRoom;
import org.safereturn.shelter.ShelterDtos.BoardStay;
import org.safereturn.shelter.ShelterDtos.CheckInRequest;
import org.safereturn.shelter.ShelterDtos.CheckOutRequest;
import org.safereturn.shelter.ShelterDtos.Occupancy;
import org.safereturn.shelter.ShelterDtos.RoomPage;
import org.safereturn.shelter.ShelterDtos.RoomRequest;
import org.safereturn.shelter.ShelterDtos.RoomView;
import org.safereturn.shelter.ShelterDtos.StayPage;
import org.safereturn.shelter.ShelterDtos.StayView;
import org.safereturn.shelter.ShelterDtos.Totals;

/**
 * The shelter rooms of the caller's organization and the stays in them. Check-ins to a room run
 * one at a time under the room's row lock, so a room never holds more people than its capacity;
 * each check-in and check-out adds to the case's timeline and writes an audit event.
 */
@ApplicationScoped
public class ShelterService {
    static final String ROOM = "SHELTER_ROOM";
    static final String STAY = "SHELTER_STAY";
    private static final String ROOM_NAME_UNIQUE = "shelter_room_name_uq";
    private static final String OPEN_STAY_UNIQUE = "shelter_stay_open_person_uq";
    private static final Map<String, String> ROOM_SORTABLE = Map.of(
            "name", "name", "capacity", "capacity", "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    org.safereturn.common.crypto.FieldCipher cipher;
    @Inject
    ShelterRoomRepository rooms;
    @Inject
    ShelterStayRepository stays;
    @Inject
    CaseService cases;
    @Inject
    OrganizationService organizations;
    @Inject
    AuditService audit;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    RoomPage listRooms(ShelterRoomStatus status, Integer page, Integer size, String sort) {
        UUID organizationId = organizations.callerOrganization();
        PageQuery pq = PageQuery.of(page, size, sort, ROOM_SORTABLE, Sort.by("name").and("id"));
        String where = "organizationId = :org";
        Parameters params = Parameters.with("org", organizationId);
        if (status != null) {
            where += " and status = :status";
            params.and("status", status);
        }
        var query = rooms.find(where, pq.sort(), params).page(pq.panachePage());
        List<ShelterRoom> found = query.list();
        Map<UUID, Long> occupied = stays.countCurrentByRoom(found.stream().map(r -> r.id).toList());
        return new RoomPage(found.stream().map(r -> RoomView.of(r, occupied.getOrDefault(r.id, 0L))).toList(),
                pq.page(), pq.size(), query.count());
    }

    @Transactional
    RoomView getRoom(UUID id) {
        ShelterRoom room = roomInScope(id);
        return RoomView.of(room, stays.countCurrentIn(room.id));
    }

    @Transactional
    RoomView createRoom(RoomRequest r, String idempotencyKey) {
        UUID organizationId = organizations.callerOrganization();
        String id = idempotency.once(idempotencyKey, "createShelterRoom", r, () -> insertRoom(r, organizationId).toString());
        return getRoom(UUID.fromString(id));
    }

    private UUID insertRoom(RoomRequest r, UUID organizationId) {
        String name = r.name().trim();
        UUID id = UUID.randomUUID();
        if (rooms.nameTaken(organizationId, name, id)) {
            throw roomExists(name);
        }
        OffsetDateTime now = now();
        ShelterRoom room = new ShelterRoom();
        room.id = id;
        room.organizationId = organizationId;
        room.name = name;
        room.capacity = r.capacity();
        room.status = r.status() != null ? r.status() : ShelterRoomStatus.ACTIVE;
        room.note = Text.blankToNull(r.note());
        room.createdAt = now;
        room.updatedAt = now;
        rooms.persist(room);
        flush(name, null);
        audit.record("SHELTER_ROOM_CREATED", ROOM, room.id, null, null, null);
        return room.id;
    }

    @Transactional
    RoomView updateRoom(UUID id, long expectedVersion, RoomRequest r) {
        UUID organizationId = organizations.callerOrganization();
        // Locked like a check-in, so that no one checks in while the room closes or shrinks.
        ShelterRoom room = rooms.lockInOrganization(id, organizationId).orElseThrow(() -> ProblemException.notFound("Shelter room", id));
        if (room.version != expectedVersion) {
            throw Etags.stale();
        }
        String name = r.name().trim();
        if (rooms.nameTaken(organizationId, name, room.id)) {
            throw roomExists(name);
        }
        long occupied = stays.countCurrentIn(room.id);
        RoomView before = RoomView.of(room, occupied);
        room.change(name, r.capacity(), r.status() != null ? r.status() : ShelterRoomStatus.ACTIVE, Text.blankToNull(r.note()), occupied, now());
        flush(name, null);
        RoomView after = RoomView.of(room, occupied);
        audit.record("SHELTER_ROOM_UPDATED", ROOM, room.id, null, null, Changes.asJson(Changes.between(before, after)));
        return after;
    }

    @Transactional
    Occupancy occupancy() {
        UUID organizationId = organizations.callerOrganization();
        Map<UUID, List<BoardStay>> byRoom = new LinkedHashMap<>();
        List<ShelterStay> current = stays.currentInOrganization(organizationId);
        Map<UUID, PersonLabel> labels = labels(current);
        for (ShelterStay s : current) {
            PersonLabel label = labels.get(s.personId);
            byRoom.computeIfAbsent(s.room.id, k -> new ArrayList<>())
                    .add(new BoardStay(s.id, s.caseId, label == null ? null : label.caseNumber(), s.personId,
                            label == null ? null : label.fullName(), s.checkedInAt, s.expectedCheckOutAt));
        }
        List<BoardRoom> board = new ArrayList<>();
        int activeRooms = 0;
        int capacity = 0;
        long occupied = 0;
        int free = 0;
        for (ShelterRoom room : rooms.list("organizationId", Sort.by("name").and("id"), organizationId)) {
            List<BoardStay> in = byRoom.getOrDefault(room.id, List.of());
            board.add(new BoardRoom(room.id, room.name, room.status, room.capacity, in.size(), room.freePlaces(in.size()), in));
            if (room.status == ShelterRoomStatus.ACTIVE) {
                activeRooms++;
                capacity += room.capacity;
            }
            occupied += in.size();
            free += room.freePlaces(in.size());
        }
        if (!current.isEmpty()) {
            audit.record("SHELTER_OCCUPANCY_READ", STAY, "occupancy", "IDENTITY", null, casesJson(current));
        }
        return new Occupancy(board, new Totals(board.size(), activeRooms, capacity, occupied, free));
    }

    @Transactional
    StayPage listStays(UUID caseId, UUID roomId, Boolean current, Integer page, Integer size) {
        UUID organizationId = organizations.callerOrganization();
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), Sort.by("checkedInAt", Sort.Direction.Descending).and("id"));
        List<String> where = new ArrayList<>(List.of("room.organizationId = :org"));
        Parameters params = Parameters.with("org", organizationId);
        if (caseId != null) {
            where.add("caseId = :case");
            params.and("case", cases.requireInScope(caseId).id());
        }
        if (roomId != null) {
            where.add("room.id = :room");
            params.and("room", roomId);
        }
        if (current != null) {
            where.add(current ? "checkedOutAt is null" : "checkedOutAt is not null");
        }
        var query = stays.find(String.join(" and ", where), pq.sort(), params).page(pq.panachePage());
        List<ShelterStay> found = query.list();
        Map<UUID, PersonLabel> labels = labels(found);
        if (!found.isEmpty()) {
            audit.record("SHELTER_STAYS_LISTED", STAY, "list", "IDENTITY", null, casesJson(found));
        }
        return new StayPage(found.stream().map(s -> view(s, labels)).toList(), pq.page(), pq.size(), query.count());
    }

    @Transactional
    StayView getStay(UUID id) {
        ShelterStay s = stays.findInOrganization(id, organizations.callerOrganization()).orElseThrow(() -> ProblemException.notFound("Shelter stay", id));
        audit.record("SHELTER_STAY_READ", STAY, s.id, "IDENTITY", null, null);
        return view(s);
    }

    @Transactional
    StayView checkIn(CheckInRequest r, String idempotencyKey) {
        UUID organizationId = organizations.callerOrganization();
        String id = idempotency.once(idempotencyKey, "checkInShelterStay", r, () -> admit(r, organizationId).toString());
        return view(stays.findById(UUID.fromString(id)));
    }

    private UUID admit(CheckInRequest r, UUID organizationId) {
        OffsetDateTime now = now();
        ShelterStay.checkDates(r.checkedInAt(), r.expectedCheckOutAt(), now);
        CaseRef ref = cases.requireInScope(r.caseId());
        if (ref.closed()) {
            throw new ProblemException(409, "shelter.case-closed", "Case closed",
                    "Case " + ref.caseNumber() + " is closed; reopen it before checking a person in.");
        }
        if (!ref.personIds().contains(r.personId())) {
            throw ProblemException.invalid("personId", "is not the person of this case or an accompanying child");
        }
        // The lock makes parallel check-ins to this room wait for each other, so the count is exact.
        ShelterRoom room = rooms.lockInOrganization(r.roomId(), organizationId)
                .orElseThrow(() -> ProblemException.notFound("Shelter room", r.roomId()));
        if (stays.staying(r.personId())) {
            throw alreadyStaying();
        }
        room.admit(stays.countCurrentIn(room.id));
        ShelterStay s = new ShelterStay();
        s.id = UUID.randomUUID();
        s.room = room;
        s.caseId = ref.id();
        s.personId = r.personId();
        s.checkedInAt = r.checkedInAt().truncatedTo(ChronoUnit.MICROS);
        s.expectedCheckOutAt = r.expectedCheckOutAt() == null ? null : r.expectedCheckOutAt().truncatedTo(ChronoUnit.MICROS);
        s.createdBySubject = user.subject();
        s.createdByName = user.displayName();
        s.createdAt = now;
        stays.persist(s);
        flush(null, s.personId);
        cases.recordEvent(ref.id(), "SHELTER_CHECKED_IN", CaseService.eventParams("room", room.name), "Checked in to shelter room " + room.name);
        audit.record("SHELTER_CHECKED_IN", STAY, s.id, null, null, details(s));
        return s.id;
    }

    @Transactional
    StayView checkOut(UUID id, CheckOutRequest r) {
        UUID organizationId = organizations.callerOrganization();
        ShelterStay s = stays.lockInOrganization(id, organizationId).orElseThrow(() -> ProblemException.notFound("Shelter stay", id));
        s.checkOut(r.checkedOutAt().truncatedTo(ChronoUnit.MICROS), cipher.encrypt(r.reason().trim(), "shelter_stay.check_out_reason_enc", s.id),
                user.subject(), user.displayName(), now());
        flush(null, null);
        cases.recordEvent(s.caseId, "SHELTER_CHECKED_OUT", CaseService.eventParams("room", s.room.name), "Checked out of shelter room " + s.room.name);
        audit.record("SHELTER_CHECKED_OUT", STAY, s.id, null, null, details(s));
        return view(s);
    }

    ShelterRoom roomInScope(UUID id) {
        return rooms.findInOrganization(id, organizations.callerOrganization()).orElseThrow(() -> ProblemException.notFound("Shelter room", id));
    }

    private StayView view(ShelterStay s) {
        return view(s, labels(List.of(s)));
    }

    private StayView view(ShelterStay s, Map<UUID, PersonLabel> labels) {
        String reason = cipher.decryptOrLegacyPlain(s.checkOutReasonEnc, "shelter_stay.check_out_reason_enc", s.id);
        PersonLabel label = labels.get(s.personId);
        return new StayView(s.id, s.room.id, s.room.name, s.caseId, s.personId,
                label == null ? null : label.caseNumber(), label == null ? null : label.fullName(),
                s.checkedInAt, s.expectedCheckOutAt, s.checkedOutAt, reason, s.current(), s.createdByName, s.checkedOutByName, s.version);
    }

    private Map<UUID, PersonLabel> labels(List<ShelterStay> list) {
        return cases.personLabels(list.stream().map(s -> s.caseId).distinct().toList());
    }

    /** Writes pending changes now, turning a lost race on a unique index into the 409 the pre-check would have given. */
    private void flush(String roomName, UUID personId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Etags.stale();
        } catch (PersistenceException e) {
            String constraint = constraintOf(e);
            if (ROOM_NAME_UNIQUE.equals(constraint)) {
                throw roomExists(roomName);
            }
            if (OPEN_STAY_UNIQUE.equals(constraint)) {
                throw alreadyStaying();
            }
            throw e;
        }
    }

    private static String constraintOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return violation.getConstraintName();
            }
        }
        return null;
    }


    private static ProblemException roomExists(String name) {
        return ProblemException.conflict("shelter.room-exists", "Your organization already has a room named " + name);
    }

    private static ProblemException alreadyStaying() {
        return ProblemException.conflict("shelter.already-staying",
                "This person is staying in a shelter room now; check them out before checking them in again");
    }

    private static String details(ShelterStay s) {
        return "{\"case\":\"" + s.caseId + "\",\"room\":\"" + s.room.id + "\"}";
    }

    private static String casesJson(List<ShelterStay> list) {
        return "{\"cases\":[" + String.join(",", list.stream().map(s -> "\"" + s.caseId + "\"").distinct().toList()) + "]}";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
