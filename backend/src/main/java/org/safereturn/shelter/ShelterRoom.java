package org.safereturn.shelter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;

/**
 * A temporary shelter room (phòng tạm lánh) of one organization, with the number of places it
 * has. Whether it admits one more person, and which changes its current occupancy allows, are
 * decided here; the caller counts the occupancy under the room's row lock.
 */
@Entity
@Table(name = "shelter_room")
class ShelterRoom {
    @Id
    UUID id;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    int capacity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ShelterRoomStatus status;
    String note;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Places left for new check-ins; a closed room has none. */
    int freePlaces(long occupied) {
        return status == ShelterRoomStatus.ACTIVE ? (int) Math.max(0, capacity - occupied) : 0;
    }

    /** Refuses one more person when the room is closed (409) or all its places are taken (409 {@code shelter.full}). */
    void admit(long occupied) {
        if (status != ShelterRoomStatus.ACTIVE) {
            throw ProblemException.conflict("shelter.room-closed", "Shelter room " + name + " is closed");
        }
        if (occupied >= capacity) {
            throw ProblemException.conflict("shelter.full",
                    "Shelter room " + name + " is full: " + occupied + " of " + capacity + " places are taken");
        }
    }

    /** Applies a new name, capacity, status and note; a room cannot close or shrink below the people staying in it. */
    void change(String newName, int newCapacity, ShelterRoomStatus newStatus, String newNote, long occupied, OffsetDateTime now) {
        if (newStatus == ShelterRoomStatus.CLOSED && occupied > 0) {
            throw ProblemException.conflict("shelter.room-occupied",
                    "Check out the " + occupied + " person(s) staying in room " + name + " before closing it");
        }
        if (newCapacity < occupied) {
            throw ProblemException.conflict("shelter.capacity-below-occupancy",
                    "Room " + name + " has " + occupied + " person(s) staying; its capacity cannot be less");
        }
        name = newName;
        capacity = newCapacity;
        status = newStatus;
        note = newNote;
        updatedAt = now;
    }
}
