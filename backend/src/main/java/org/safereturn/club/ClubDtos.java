package org.safereturn.club;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the clubs API. */
public final class ClubDtos {
    private ClubDtos() {}

    /** The steps a caller may take on a club, a member or a meeting; the SPA shows what is listed. */
    public enum ClubAction {
        EDIT, ADD_BOARD_SEAT, ADD_FOUNDING_DECISION, READ_MEMBERS, ADD_MEMBER, PLAN_MEETINGS
    }

    public enum SeatAction { END }

    public enum MemberAction { EDIT, LEAVE, ERASE }

    public enum MeetingAction { EDIT, RECORD_ATTENDANCE, ADD_MATERIAL }

    @Schema(name = "ClubRequest", description = "A club's profile as an admin creates or replaces it")
    public record ClubRequest(
            @Schema(description = "The directory organization (kind CLUB) this profile belongs to; only when creating") UUID organizationId,
            @NotBlank @Size(max = 10) @Schema(description = "The ward the club belongs to now (today's units)", examples = "06685") String placeCode,
            @Size(max = 200) @Schema(description = "The ward the club was founded in, as named then", examples = "Phường Bạch Đằng") String foundedPlaceName,
            @Size(max = 10) @Pattern(regexp = "[0-9]{1,10}") @Schema(description = "Its code before the 2025 reform, if known", examples = "06670") String foundedPlaceCode,
            @Size(max = 60) @Schema(examples = "471/QĐ-LĐTBXH") String decisionNumber,
            LocalDate decisionDate,
            @Size(max = 200) @Schema(examples = "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh") String decisionIssuer,
            @Schema(description = "The sponsor organization, usually the ward's Women's Union") UUID sponsorOrganizationId,
            @Min(1) @Max(15) @Schema(description = "Board seats the club's rules allow; 5 when omitted", examples = "5") Integer boardSeats) {}

    @Schema(name = "ClubBoardSeat", description = "A seat on the board; a member's name shows to the club only")
    public record SeatView(UUID id, BoardRole role, UUID memberId,
                           @Schema(description = "The holder's name: a staff member's, or a member's for the club's own users") String name,
                           LocalDate from, LocalDate to, List<SeatAction> actions) {}

    @Schema(name = "ClubBoardSeatRequest", description = "A new seat: held by a member of the club or by a staff member (one of the two)")
    public record SeatRequest(@NotNull BoardRole role, UUID memberId,
                              @Size(max = 200) @Schema(examples = "Đỗ Thị Mai") String staffName,
                              @NotNull LocalDate from, LocalDate to) {}

    @Schema(name = "DayRequest", description = "The day something ends or happens")
    public record DayRequest(@NotNull LocalDate on) {}

    @Schema(name = "ClubMeetingRef", description = "A meeting, briefly, with the steps the caller may take on it")
    public record MeetingRef(UUID id, LocalDate meetingDate, MeetingStatus status, List<MeetingAction> actions) {}

    @Schema(name = "Club", description = "A ward club with its board, members by group and meetings; the steps the caller may take in actions")
    public record ClubView(
            UUID id, String nameVi, String nameEn, String status,
            String placeCode, String placeName, String provinceCode,
            String foundedPlaceName, String foundedPlaceCode,
            String decisionNumber, LocalDate decisionDate, String decisionIssuer,
            UUID sponsorOrganizationId, String sponsorName, int boardSeats,
            List<SeatView> board,
            @Schema(description = "Active members") long members,
            Map<TargetGroup, Long> membersByGroup,
            @Schema(description = "This month's meeting, if one is planned or held") MeetingRef thisMonth,
            @Schema(description = "Months (yyyy-MM) of the last twelve before this one without a held meeting", examples = "[\"2026-07\"]") List<String> monthsWithoutMeeting,
            List<ClubAction> actions,
            long version) {}

    @Schema(name = "ClubSummary", description = "A club in a list, with its activity of the last twelve months")
    public record ClubSummary(UUID id, String nameVi, String nameEn, String status, String placeCode, String placeName,
                              long members,
                              @Schema(description = "Held meetings in the last twelve months before this one") long meetingsHeld,
                              @Schema(description = "Of the last twelve months before this one, those without a held meeting") long monthsWithoutMeeting,
                              LocalDate lastHeldOn, MeetingRef thisMonth) {}

    @Schema(name = "ClubPage", description = "A page of clubs")
    public record ClubPage(List<ClubSummary> items, int page, int size, long total) {}

    @Schema(name = "ClubMemberConsent", description = "The recorded consent to keep the membership data: no consent, no record")
    public record ConsentRequest(@NotNull LocalDate givenOn, @NotNull ConsentGiver givenBy) {}

    @Schema(name = "ClubMemberRequest", description = "A member as the club records them")
    public record MemberRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Phạm Thị Hạnh") String fullName,
            @NotNull Sex sex,
            @Min(1900) @Max(2100) @Schema(examples = "2001") Integer birthYear,
            @Size(max = 30) @Pattern(regexp = "[0-9+ ().-]{6,30}") @Schema(examples = "0912 345 678") String phone,
            @NotNull TargetGroup targetGroup,
            @NotNull LocalDate joinedOn,
            @Valid ConsentRequest consent) {}

    @Schema(name = "ClubMember", description = "A member of a club; name and phone are empty once the member's data was erased")
    public record MemberView(UUID id, UUID clubId, String fullName, Sex sex, Integer birthYear, String phone, TargetGroup targetGroup,
                             LocalDate joinedOn, LocalDate leftOn, LocalDate consentGivenOn, ConsentGiver consentGivenBy,
                             boolean erased, List<MemberAction> actions, long version) {}

    @Schema(name = "ClubMemberPage", description = "A page of members")
    public record MemberPage(List<MemberView> items, int page, int size, long total) {}

    @Schema(name = "ClubMeetingTopic", description = "A topic a meeting may cover")
    public record TopicView(String code, String nameVi, String nameEn) {}

    @Schema(name = "ClubMeetingRequest", description = "A meeting as the club plans or records it")
    public record MeetingRequest(
            @NotNull LocalDate meetingDate,
            @Schema(description = "PLANNED when omitted; HELD only on or after the day") MeetingStatus status,
            @Size(max = 300) @Schema(examples = "Nhà văn hóa khu 5") String place,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> topics,
            @Size(max = 20000) @Schema(description = "Minutes; stored encrypted, read by the club only") String minutes) {}

    @Schema(name = "ClubMeetingSeriesRequest", description = "Plans one meeting on the same day of each month for a run of months; months with a meeting are skipped")
    public record SeriesRequest(
            @NotNull @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])") @Schema(examples = "2027-01") String firstMonth,
            @NotNull @Min(1) @Max(24) Integer months,
            @NotNull @Min(1) @Max(31) @Schema(description = "Day of the month; the month's last day when it is shorter", examples = "15") Integer dayOfMonth,
            @Size(max = 300) String place,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> topics) {}

    @Schema(name = "ClubGuestCount", description = "Guests of one sex and group")
    public record GuestCount(@NotNull Sex sex, @NotNull TargetGroup targetGroup, @NotNull @Min(0) @Max(100000) Integer count) {}

    @Schema(name = "ClubAttendanceEntry", description = "How one member took part")
    public record AttendanceEntry(@NotNull UUID memberId, @NotNull AttendanceStatus status) {}

    @Schema(name = "ClubRosterEntry", description = "A member of the club on the meeting's day, with how they took part if recorded")
    public record RosterEntry(UUID memberId, @Schema(description = "Empty once the member's data was erased") String fullName, TargetGroup targetGroup,
                              @Schema(description = "Null while not recorded") AttendanceStatus status) {}

    @Schema(name = "ClubAttendanceRequest", description = "The whole attendance of a held meeting: every member listed with a status, and guests by count. Replaces what was recorded.")
    public record AttendanceRequest(@NotNull @Size(max = 500) List<@Valid @NotNull AttendanceEntry> members,
                                    @Size(max = 48) List<@Valid @NotNull GuestCount> guests) {}

    @Schema(name = "ClubAttendanceCounts", description = "Members by how they took part")
    public record AttendanceCounts(long present, long late, long excused, long absent) {}

    @Schema(name = "ClubMeeting", description = "A meeting; minutes and names of attendees for the club's own users only")
    public record MeetingView(UUID id, UUID clubId, LocalDate meetingDate, MeetingStatus status, String place, List<String> topics,
                              String minutes, AttendanceCounts attendance, long guestsTotal,
                              @Schema(description = "The club's own users only: every member on the meeting's day, and anyone recorded") List<RosterEntry> members,
                              List<GuestCount> guests, List<MeetingAction> actions, long version) {}

    @Schema(name = "ClubMeetingPage", description = "A page of meetings")
    public record MeetingPage(List<MeetingView> items, int page, int size, long total) {}

    @Schema(name = "ClubMonth", description = "One month of a year across the clubs reached: how many met")
    public record MonthActivity(@Schema(examples = "2026-03") String month, long clubsMet, long meetingsHeld, long attendances) {}

    @Schema(name = "ClubOverview", description = "The clubs the caller reaches, in one year: meetings per month and members by group (counts only)")
    public record Overview(int year, long clubs, List<MonthActivity> months, Map<TargetGroup, Long> membersByGroup, long members) {}
}
