package org.safereturn.shelter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.common.error.ProblemException;

class ShelterRulesTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    static ShelterRoom room(int capacity, ShelterRoomStatus status) {
        ShelterRoom r = new ShelterRoom();
        r.id = UUID.randomUUID();
        r.name = "Phòng tạm lánh 1";
        r.capacity = capacity;
        r.status = status;
        return r;
    }

    static ShelterStay stay(OffsetDateTime checkedInAt) {
        ShelterStay s = new ShelterStay();
        s.checkedInAt = checkedInAt;
        return s;
    }

    static String code(Runnable r) {
        return assertThrows(ProblemException.class, r::run).code();
    }

    @Test
    void aRoomAdmitsUntilItsLastPlaceIsTaken() {
        ShelterRoom r = room(2, ShelterRoomStatus.ACTIVE);
        assertDoesNotThrow(() -> r.admit(0));
        assertDoesNotThrow(() -> r.admit(1));
        assertEquals("shelter.full", code(() -> r.admit(2)));
        assertEquals("shelter.full", code(() -> r.admit(3)));
    }

    @Test
    void aClosedRoomAdmitsNoOneAndHasNoFreePlaces() {
        ShelterRoom r = room(4, ShelterRoomStatus.CLOSED);
        assertEquals("shelter.room-closed", code(() -> r.admit(0)));
        assertEquals(0, r.freePlaces(0));
    }

    @Test
    void freePlacesAreCapacityLessOccupancyNeverBelowZero() {
        ShelterRoom r = room(3, ShelterRoomStatus.ACTIVE);
        assertEquals(3, r.freePlaces(0));
        assertEquals(1, r.freePlaces(2));
        assertEquals(0, r.freePlaces(5));
    }

    @Test
    void anOccupiedRoomCannotCloseOrShrinkBelowItsOccupants() {
        ShelterRoom r = room(3, ShelterRoomStatus.ACTIVE);
        assertEquals("shelter.room-occupied", code(() -> r.change("A", 3, ShelterRoomStatus.CLOSED, null, 1, NOW)));
        assertEquals("shelter.capacity-below-occupancy", code(() -> r.change("A", 1, ShelterRoomStatus.ACTIVE, null, 2, NOW)));
        r.change("Phòng 2", 2, ShelterRoomStatus.ACTIVE, "note", 2, NOW);
        assertEquals(2, r.capacity);
        assertEquals("Phòng 2", r.name);
        r.change("Phòng 2", 2, ShelterRoomStatus.CLOSED, null, 0, NOW);
        assertEquals(ShelterRoomStatus.CLOSED, r.status);
    }

    @Test
    void aStayEndsOnceNotBeforeItBeganNorInTheFuture() {
        ShelterStay s = stay(NOW.minusDays(3));
        ProblemException before = assertThrows(ProblemException.class,
                () -> s.checkOut(NOW.minusDays(4), "family", "sub", "Lan", NOW));
        assertEquals(422, before.status());
        assertEquals("checkedOutAt", before.errors().get(0).field());
        assertEquals(422, assertThrows(ProblemException.class, () -> s.checkOut(NOW.plusHours(1), "family", "sub", "Lan", NOW)).status());
        s.checkOut(NOW.minusHours(1), "family", "sub", "Lan", NOW);
        assertEquals(NOW.minusHours(1), s.checkedOutAt);
        assertEquals("shelter.already-checked-out", code(() -> s.checkOut(NOW, "again", "sub", "Lan", NOW)));
    }

    @Test
    void aCheckInIsNotInTheFutureAndItsExpectedEndComesAfterIt() {
        assertDoesNotThrow(() -> ShelterStay.checkDates(NOW.plusMinutes(2), null, NOW));
        ProblemException both = assertThrows(ProblemException.class,
                () -> ShelterStay.checkDates(NOW.plusDays(1), NOW.plusHours(1), NOW));
        assertEquals(2, both.errors().size());
        assertEquals("expectedCheckOutAt",
                assertThrows(ProblemException.class, () -> ShelterStay.checkDates(NOW, NOW, NOW)).errors().get(0).field());
    }
}
