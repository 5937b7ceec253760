package org.safereturn.prevention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of trainings, information campaigns and their denominators. */
public final class PreventionDtos {
    private PreventionDtos() {}

    /** The steps a caller may take on a training or a campaign. */
    public enum RecordAction { EDIT }

    @Schema(name = "TrainingParticipantRequest", description = "A named participant: a staff member of an organization, with attendance")
    public record ParticipantRequest(@NotNull UUID organizationId, @NotNull StaffRole staffRole,
                                     @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Văn Hải") String fullName,
                                     @NotNull TrainingAttendance attendance) {}

    @Schema(name = "TrainingParticipantCount", description = "Participants counted, for large classes: by organization of the directory, by commune or district, or by a named unit")
    public record CountRow(UUID organizationId, @Size(max = 10) String placeCode,
                           @Size(max = 200) @Schema(examples = "30 xã, phường của 3 huyện") String unitName,
                           @NotNull StaffRole staffRole, @NotNull @Min(0) @Max(1_000_000) Integer count) {}

    @Schema(name = "TrainingRequest", description = "A training as its organizer records it; participants named, counted, or both")
    public record TrainingRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Kỹ năng nhận diện và hỗ trợ nạn nhân bị mua bán") String topic,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
            @Min(1) @Max(1000) @Schema(description = "How many classes it ran as; 1 when omitted", examples = "30") Integer classes,
            @Size(max = 10) @Schema(examples = "22") String placeCode,
            @Size(max = 300) String venue,
            @Size(max = 200) @Schema(examples = "World Vision Việt Nam") String funder,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> trainers,
            @Size(max = 2000) List<@Valid @NotNull ParticipantRequest> participants,
            @Size(max = 500) List<@Valid @NotNull CountRow> counts) {}

    @Schema(name = "TrainingParticipant", description = "A named participant; names for the organizer's users only")
    public record ParticipantView(UUID id, UUID organizationId, String organizationName, StaffRole staffRole, String fullName,
                                  TrainingAttendance attendance) {}

    @Schema(name = "TrainingTotals", description = "Who was trained: named participants who attended (wholly or partly) plus those counted")
    public record TrainingTotals(long named, long attended, long counted, long trained) {}

    @Schema(name = "Training", description = "A training with its participants and the steps the caller may take")
    public record TrainingView(UUID id, UUID organizerOrganizationId, String organizerName, String topic, LocalDate startsOn, LocalDate endsOn,
                               int classes, String placeCode, String venue, String funder, List<String> trainers,
                               List<ParticipantView> participants, List<CountRow> counts, TrainingTotals totals,
                               List<RecordAction> actions, long version, OffsetDateTime updatedAt) {}

    @Schema(name = "TrainingPage", description = "A page of trainings, newest first, without the participants' names")
    public record TrainingPage(List<TrainingView> items, int page, int size, long total) {}

    @Schema(name = "CampaignReach", description = "People reached of one sex and age group")
    public record ReachCount(@NotNull ReachSex sex, @NotNull AgeGroup ageGroup, @NotNull @Min(0) @Max(10_000_000) Integer count) {}

    @Schema(name = "CampaignRequest", description = "An information campaign as its organizer records it")
    public record CampaignRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Tờ rơi giới thiệu dịch vụ Ngôi nhà Bình yên") String title,
            @NotNull CampaignChannel channel,
            @NotBlank @Size(max = 10) @Schema(description = "The commune or ward (today's units)", examples = "06685") String placeCode,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
            @Size(max = 500) @Schema(examples = "Tờ rơi A5 hai mặt") String materials,
            @Min(0) @Max(100_000_000) @Schema(examples = "40000") Integer materialsCount,
            @NotNull CountingMethod countingMethod,
            @Size(max = 9) List<@Valid @NotNull ReachCount> reach) {}

    @Schema(name = "CommunePopulation", description = "A commune's residents on a day, with where the figure comes from")
    public record PopulationView(String placeCode, LocalDate asOf, int population, Integer women, Integer children, String source) {}

    @Schema(name = "Campaign", description = "An information campaign with the people it reached against the commune's population")
    public record CampaignView(UUID id, UUID organizerOrganizationId, String organizerName, String title, CampaignChannel channel,
                               String placeCode, String placeName, LocalDate startsOn, LocalDate endsOn, String materials, Integer materialsCount,
                               CountingMethod countingMethod, List<ReachCount> reach, long reached,
                               @Schema(description = "The commune's population the share is counted against; null when none is recorded") PopulationView population,
                               @Schema(description = "Reached / population, in percent; null without a population") Double reachedPercent,
                               List<RecordAction> actions, long version, OffsetDateTime updatedAt) {}

    @Schema(name = "CampaignPage", description = "A page of campaigns, newest first")
    public record CampaignPage(List<CampaignView> items, int page, int size, long total) {}

    @Schema(name = "CommunePopulationRequest", description = "A commune's population on a day (a census or the commune's own count)")
    public record PopulationRequest(@NotNull LocalDate asOf, @NotNull @Min(0) @Max(10_000_000) Integer population,
                                    @Min(0) @Max(10_000_000) Integer women, @Min(0) @Max(10_000_000) Integer children,
                                    @Size(max = 300) @Schema(examples = "UBND phường, số liệu dân số 2026") String source) {}

    @Schema(name = "StaffRosterEntry", description = "How many staff of a role an organization has")
    public record RosterEntry(@NotNull StaffRole staffRole, @NotNull @Min(0) @Max(1_000_000) Integer headcount) {}

    @Schema(name = "StaffRosterRequest", description = "An organization's staff by role on a day; replaces that day's figures")
    public record RosterRequest(@NotNull LocalDate asOf, @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull RosterEntry> entries) {}

    @Schema(name = "StaffRoster", description = "An organization's staff by role, as of the latest day recorded")
    public record RosterView(UUID organizationId, LocalDate asOf, List<RosterEntry> entries) {}
}
