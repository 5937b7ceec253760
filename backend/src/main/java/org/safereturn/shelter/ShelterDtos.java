package org.safereturn.shelter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the shelter API. */
public final class ShelterDtos {
    private ShelterDtos() {}

    @Schema(name = "ShelterRoomRequest", description = "A shelter room as a supervisor creates or replaces it; it belongs to the supervisor's organization")
    public record RoomRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "Phòng tạm lánh 1") String name,
            @NotNull @Min(1) @Max(100) @Schema(description = "Number of places (beds), 1 to 100", examples = "2") Integer capacity,
            @Schema(description = "ACTIVE when omitted") ShelterRoomStatus status,
            @Size(max = 1000) @Schema(examples = "Tầng 2, có phòng tắm riêng") String note) {}

    @Schema(name = "ShelterRoom", description = "A temporary shelter room with its current occupancy")
    public record RoomView(
            UUID id, UUID organizationId, String name, int capacity, ShelterRoomStatus status, String note,
            @Schema(description = "Persons staying now") long occupied,
            @Schema(description = "Places left for check-ins; 0 when the room is closed") int free,
            @Schema(description = "Optimistic-locking version; also the ETag") long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static RoomView of(ShelterRoom r, long occupied) {
            return new RoomView(r.id, r.organizationId, r.name, r.capacity, r.status, r.note, occupied,
                    r.freePlaces(occupied), r.version, r.createdAt, r.updatedAt);
        }
    }

    @Schema(name = "ShelterRoomPage", description = "A page of shelter rooms")
    public record RoomPage(List<RoomView> items, int page, int size, long total) {}

    @Schema(name = "ShelterCheckInRequest", description = "A person of a case checking in to a room of the caller's organization")
    public record CheckInRequest(
            @NotNull UUID roomId,
            @NotNull UUID caseId,
            @NotNull @Schema(description = "The person of the case or one of the accompanying children") UUID personId,
            @NotNull @Schema(description = "Not in the future") OffsetDateTime checkedInAt,
            @Schema(description = "When the stay is planned to end; after checkedInAt") OffsetDateTime expectedCheckOutAt) {}

    @Schema(name = "ShelterCheckOutRequest", description = "The end of a stay")
    public record CheckOutRequest(
            @NotNull @Schema(description = "Not before the check-in, not in the future") OffsetDateTime checkedOutAt,
            @NotBlank @Size(max = 500) @Schema(examples = "Handed over to her family") String reason) {}

    @Schema(name = "ShelterStay", description = "One person's stay in a shelter room")
    public record StayView(
            UUID id, UUID roomId, String roomName, UUID caseId, UUID personId,
            @Schema(description = "The case's number") String caseNumber,
            @Schema(description = "The person's full name") String personName,
            OffsetDateTime checkedInAt, OffsetDateTime expectedCheckOutAt, OffsetDateTime checkedOutAt,
            @Schema(description = "Hidden from hotline operators") String checkOutReason,
            @Schema(description = "Whether the person is staying now") boolean current,
            String checkedInByName, String checkedOutByName,
            @Schema(description = "Optimistic-locking version") long version) {}

    @Schema(name = "ShelterStayPage", description = "A page of shelter stays")
    public record StayPage(List<StayView> items, int page, int size, long total) {}

    @Schema(name = "ShelterOccupancyStay", description = "A current stay on the occupancy board")
    public record BoardStay(UUID stayId, UUID caseId, String caseNumber, UUID personId, String personName,
                            OffsetDateTime checkedInAt, OffsetDateTime expectedCheckOutAt) {}

    @Schema(name = "ShelterOccupancyRoom", description = "A room on the occupancy board with the persons staying in it")
    public record BoardRoom(UUID id, String name, ShelterRoomStatus status, int capacity, long occupied, int free, List<BoardStay> stays) {}

    @Schema(name = "ShelterOccupancyTotals", description = "Sums over the organization's rooms; capacity counts active rooms only")
    public record Totals(int rooms, int activeRooms, int capacity, long occupied, int free) {}

    @Schema(name = "ShelterOccupancy", description = "The occupancy board of the caller's organization")
    public record Occupancy(List<BoardRoom> rooms, Totals totals) {}
}
