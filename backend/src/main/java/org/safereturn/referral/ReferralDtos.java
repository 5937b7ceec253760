package org.safereturn.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.cases.SharedCase;
import org.safereturn.consent.FieldGroup;
import org.safereturn.directory.DirectoryDtos.OrganizationSummary;
import org.safereturn.directory.ServiceType;

/** Request and response records of the referral API. */
final class ReferralDtos {
    private ReferralDtos() {}

    @Schema(name = "EmergencyOverride", description = "A supervisor's decision to share beyond the consent, in an emergency (audited)")
    record EmergencyOverride(@NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "ReferralRequest", description = "A new referral from a case of the caller's organization; it starts as a DRAFT")
    record ReferralRequest(
            @NotNull UUID caseId,
            @NotNull UUID receiverOrganizationId,
            @Schema(description = "One of the receiving organization's services from the directory") UUID serviceId,
            @Schema(description = "Required without serviceId; with it, must be the service's type when given") ServiceType serviceType,
            @NotNull Urgency urgency,
            @NotBlank @Size(max = 4000) String reason,
            @Schema(description = "When the service is needed by; today or later") LocalDate requestedBy,
            @NotNull @Size(max = 4) @Schema(description = "The field groups of the person to share; consent must cover them")
            List<@NotNull FieldGroup> fieldGroups,
            @Valid EmergencyOverride emergencyOverride,
            @Schema(description = "The referral this one re-refers (declined, cancelled or overdue)") UUID previousReferralId,
            @Schema(description = "The hotline ticket this referral is opened from: the ticket becomes ESCALATED and links to the referral")
            UUID hotlineTicketId) {}

    @Schema(name = "ReferralNote", description = "An optional note on a step")
    record NoteBody(@Size(max = 2000) String note) {}

    @Schema(name = "ReferralDecline", description = "Why the receiving organization declines")
    record DeclineBody(@NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "ReferralCancel", description = "Why the sender cancels")
    record CancelBody(@NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "ReferralCompletion", description = "The outcome the receiving organization reports")
    record CompleteBody(@NotNull Outcome outcome, @Size(max = 4000) String note) {}

    @Schema(name = "ReferralCommentRequest")
    record CommentBody(@NotBlank @Size(max = 4000) String text) {}

    @Schema(name = "EmergencyOverrideState", description = "A supervisor's emergency override: it ends at endsAt, or earlier when a person of the case withdraws a consent")
    record OverrideView(String reason, String byName, OffsetDateTime startedAt,
                        @Schema(description = "When it ended or will end") OffsetDateTime endsAt,
                        @Schema(description = "Still in force now") boolean active,
                        @Schema(description = "Ended early by a withdrawal of consent") boolean endedByWithdrawal) {}

    @Schema(name = "ReferralStep", description = "One step of a referral's history")
    record Step(long id, OffsetDateTime at, ReferralEvent.Type type, ReferralStatus status, String actorName,
                UUID actorOrganizationId, String note) {}

    @Schema(name = "Referral", description = "A referral as the sender or the receiver sees it")
    record ReferralView(
            UUID id, UUID caseId, OrganizationSummary sender, OrganizationSummary receiver, UUID serviceId, ServiceType serviceType,
            Urgency urgency, String reason, LocalDate requestedBy,
            @Schema(description = "The groups the sender asked to share") List<String> requestedFieldGroups,
            @Schema(description = "Set when a supervisor shared beyond consent: until when, and whether it still holds") OverrideView override,
            ReferralStatus status,
            @Schema(description = "Sent, unanswered and past answerDueAt") boolean overdue,
            OffsetDateTime answerDueAt, OffsetDateTime sentAt, OffsetDateTime answeredAt, OffsetDateTime completedAt,
            String declineReason, Outcome outcome, String outcomeNote, String cancelReason, OffsetDateTime escalatedAt,
            UUID previousReferralId,
            @Schema(description = "Which side the caller is on: SENDER or RECEIVER") String side,
            @Schema(description = "The case as the receiver sees it now: only the groups consent (or an override) shares, none once the referral has ended")
            SharedCase sharedCase,
            @Schema(description = "For a referral from a club (an outreach contact or a member, no case): what the club shares, none once the referral has ended")
            ClubPersonSubject clubPerson,
            @Schema(description = "For the receiver of a club's referral: the case of the receiver it was linked to; never shown to the club") CaseLink caseLink,
            @Schema(description = "What the caller may do about the case link: OPEN_INTAKE, LINK_CASE, UNLINK_CASE") List<String> caseLinkSteps,
            List<Step> history,
            String createdByName, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Schema(description = "Optimistic-locking version; also the ETag") long version) {}

    @Schema(name = "ReferralCaseLink", description = "The receiver's case a club's referral was linked to")
    record CaseLink(UUID caseId, String caseNumber, OffsetDateTime linkedAt, String linkedByName) {}

    @Schema(name = "ReferralCaseLinkRequest", description = "The case of the caller's organization to link a club's referral to")
    record CaseLinkRequest(@NotNull UUID caseId) {}

    @Schema(name = "ReferralSummary", description = "A referral in the inbox or outbox (no personal data)")
    record ReferralSummary(UUID id, UUID caseId, String caseNumber,
                           @Schema(description = "CASE; OUTREACH for a club's outreach contact, CLUB_MEMBER for a club's member (no case)") String subject,
                           OrganizationSummary sender, OrganizationSummary receiver,
                           ServiceType serviceType, Urgency urgency, ReferralStatus status, boolean overdue,
                           OffsetDateTime answerDueAt, OffsetDateTime sentAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    @Schema(name = "ReferralPage")
    record ReferralPage(List<ReferralSummary> items, int page, int size,
                        @Schema(description = "Exact up to 1,000; beyond that 1,000 and totalExact is false") long total,
                        @Schema(description = "False when there are more matches than total") boolean totalExact) {}

    @Schema(name = "ReferralComments")
    record CommentList(List<Step> items) {}

    @Schema(name = "ReferralChange", description = "One change of a referral the caller's organization is party to")
    record Change(@Schema(description = "Pass as `since` to get what came after") String cursor, UUID referralId,
                  ReferralEvent.Type type, ReferralStatus status, OffsetDateTime at, UUID actorOrganizationId) {}

    @Schema(name = "ReferralChanges", description = "Changes in order; call again with nextCursor until the list is empty")
    record Changes(List<Change> items, String nextCursor) {}
}
