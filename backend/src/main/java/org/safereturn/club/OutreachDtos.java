package org.safereturn.club;

import org.safereturn.common.ctdc.AgeBand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of a club's outreach and livelihood counselling. */
public final class OutreachDtos {
    private OutreachDtos() {}

    public enum OutreachAction { EDIT, INVITE, REFER }

    public enum CounsellingAction { EDIT, RECORD_FOLLOW_UP, REFER }

    @Schema(name = "OutreachContactRequest", description = "A contact with a person at risk, with the least data; a name and phone only with the person's consent")
    public record ContactRequest(
            @NotNull LocalDate contactedOn,
            @Schema(description = "The board seat of the outreach worker who made the contact") UUID workerSeatId,
            @NotBlank @Size(max = 40) @Schema(description = "Initials or a nickname", examples = "H.") String alias,
            @NotNull Sex sex,
            @NotNull AgeBand ageBand,
            @Size(max = 10) @Schema(examples = "06658") String placeCode,
            @NotNull TargetGroup targetGroup,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> topics,
            @Size(max = 4000) @Schema(description = "What was said; stored encrypted") String said,
            @Min(0) @Max(10_000) Integer leaflets,
            @Valid @Schema(description = "The person's consent to keep more than the minimum; required for a name or phone") ClubDtos.ConsentRequest consent,
            @Size(max = 200) String fullName,
            @Size(max = 30) @Pattern(regexp = "[0-9+ ().-]{6,30}") String phone) {}

    @Schema(name = "OutreachContact", description = "A contact with a person at risk, for the club's own users")
    public record ContactView(UUID id, UUID clubId, LocalDate contactedOn, UUID workerSeatId, String recordedByName, String alias, Sex sex,
                              AgeBand ageBand, String placeCode, TargetGroup targetGroup, List<String> topics, String said, int leaflets,
                              LocalDate consentGivenOn, ConsentGiver consentGivenBy, String fullName, String phone, LocalDate invitedOn,
                              @Schema(description = "The referral the contact led to") UUID referralId,
                              List<OutreachAction> actions, long version) {}

    @Schema(name = "ClubReferralRequest", description = "Refers a person the club reached, or a member, to another organization: the Social Work Centre, or a vocational or loan service")
    public record ReferRequest(
            @NotNull UUID receiverOrganizationId,
            @NotNull org.safereturn.directory.ServiceType serviceType,
            @NotNull org.safereturn.referral.Urgency urgency,
            @NotBlank @Size(max = 4000) @Schema(description = "Why; the receiver reads it") String reason,
            @Schema(description = "Share the name and phone kept with consent; needs the person's consent to share them") boolean shareIdentity,
            @Valid @Schema(description = "The person's consent to share their name and phone with the receiver") ClubDtos.ConsentRequest consentToShare) {}

    @Schema(name = "OutreachContactPage", description = "A page of outreach contacts, newest first")
    public record ContactPage(List<ContactView> items, int page, int size, long total) {}

    @Schema(name = "CounsellingRequest", description = "Livelihood counselling given to a member")
    public record CounsellingRequest(@NotNull UUID memberId, @NotNull LocalDate counselledOn, @NotNull CounsellingTopic topic,
                                     @Size(max = 4000) @Schema(description = "Stored encrypted") String note,
                                     @Schema(description = "When to follow up; not before the counselling") LocalDate followUpOn) {}

    @Schema(name = "Counselling", description = "Livelihood counselling, for the club's own users")
    public record CounsellingView(UUID id, UUID clubId, UUID memberId, String memberName, LocalDate counselledOn, CounsellingTopic topic,
                                  String note, LocalDate followUpOn, LocalDate followedUpOn,
                                  @Schema(description = "The follow-up day has come and it is not recorded") boolean followUpDue,
                                  @Schema(description = "The referral the counselling led to") UUID referralId,
                                  List<CounsellingAction> actions, long version) {}

    @Schema(name = "CounsellingPage", description = "A page of counselling, newest first")
    public record CounsellingPage(List<CounsellingView> items, int page, int size, long total) {}
}
