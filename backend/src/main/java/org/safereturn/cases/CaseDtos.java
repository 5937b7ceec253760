package org.safereturn.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.cases.CaseFile.HandoverReceiver;
import org.safereturn.cases.CaseFile.IntakeChannel;
import org.safereturn.cases.Person.IdDocumentType;
import org.safereturn.cases.Person.Sex;

/** Request and response records of the cases API. */
final class CaseDtos {
    private CaseDtos() {}

    static final String COUNTRY = "^[A-Z]{2}$";
    static final String PHONE = "^\\+?[0-9][0-9 .()-]{1,18}[0-9]$";

    @Schema(name = "PersonRequest", description = "A person as recorded at intake; one of birthDate and estimatedAge")
    record PersonRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Thị Hoa") String fullName,
            @Size(max = 5) List<@NotBlank @Size(max = 200) String> otherNames,
            @NotNull Sex sex,
            @Past LocalDate birthDate,
            @Min(0) @Max(120) Integer estimatedAge,
            @org.safereturn.common.validation.CountryCode @Schema(pattern = COUNTRY, description = "ISO 3166-1 alpha-2") String nationality,
            boolean stateless,
            IdDocumentType idDocumentType,
            @Size(max = 50) String idDocumentNumber,
            @Size(max = 10) String homePlaceCode,
            @Pattern(regexp = PHONE, message = "must be a phone number (digits, optionally + and spaces)") String phone,
            @Size(max = 10) List<@Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as vi") String> languages,
            @Size(max = 1000) String disabilities) {}

    @Schema(name = "Person")
    record PersonView(UUID id, String fullName, List<String> otherNames, Sex sex, LocalDate birthDate, Integer estimatedAge,
                      String nationality, boolean stateless, IdDocumentType idDocumentType, String idDocumentNumber,
                      String homePlaceCode, String phone, List<String> languages, String disabilities) {}

    @Schema(name = "IntakeRequest", description = "Receiving a person: opens a case")
    record IntakeRequest(
            @NotNull IntakeChannel channel,
            UUID handingOverOrganizationId,
            @Size(max = 100) String handoverDocumentNumber,
            @NotNull @PastOrPresent OffsetDateTime receivedAt,
            @Size(max = 10) String placeFoundCode,
            @Size(max = 1000) String placeFoundDescription,
            @NotNull @Valid PersonRequest person,
            @Size(max = 10) List<@NotNull @Valid PersonRequest> accompanyingChildren,
            @NotNull CaseCategory category,
            @Size(max = 20000) String narrative,
            @Schema(description = "The hotline ticket this intake is opened from: the ticket becomes ESCALATED and links to the case, whose timeline shows it")
            UUID hotlineTicketId,
            @Schema(description = "The club's referral (an outreach contact or a member) this intake is opened from, accepted by the caller's organization: it is linked to the new case")
            UUID fromReferralId) {}

    @Schema(name = "Identification", description = "The deciding authority's identification decision")
    record IdentificationView(UUID decidingOrganizationId, LocalDate decisionDate, String documentNumber,
                              @Schema(enumeration = {"VICTIM", "NOT_VICTIM"}) String result,
                              List<String> forms, String countryOfExploitation, List<String> meansOfControl,
                              String recruiterRelation, List<String> labourTypes, List<String> sexualExploitationTypes, String reason) {}

    @Schema(name = "Handover")
    record HandoverView(HandoverReceiver receiver, String receiverName, UUID receiverOrganizationId, String documentNumber,
                        OffsetDateTime handedOverAt,
                        @Schema(description = "Where the person was handed over: a commune's code (listPlaces)") String placeCode) {}

    @Schema(name = "Assignee")
    record AssigneeView(String subject, String name) {}

    @Schema(name = "PossibleDuplicate", description = "An earlier case of the same organization that may be the same person; never merged automatically")
    record PossibleDuplicate(UUID caseId, String caseNumber,
                             @Schema(enumeration = {"SAME_ID_NUMBER", "SAME_NAME_BIRTH_YEAR_HOME"}) String reason) {}

    @Schema(name = "Case", description = "A case with its person; narrative is null for roles that may not read it")
    record CaseView(UUID id, String caseNumber, UUID organizationId, CaseStatus status, CaseCategory category,
                    IntakeChannel channel, UUID handingOverOrganizationId, String handoverDocumentNumber,
                    OffsetDateTime receivedAt, String placeFoundCode, String placeFoundDescription,
                    OffsetDateTime verificationDueAt, boolean verificationOverdue, AssigneeView assignedTo,
                    PersonView person, List<PersonView> accompanyingChildren, String narrative,
                    IdentificationView identification, HandoverView handover,
                    @Schema(description = "The next follow-up visit due, as the latest visit set it") LocalDate nextVisitDue,
                    List<PossibleDuplicate> possibleDuplicates,
                    @Schema(description = "The clubs the person came through (their referrals linked to this case)") List<ClubLinks.ClubLink> clubLinks,
                    @Schema(description = "Optimistic-locking version; also the ETag") long version,
                    OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    @Schema(name = "CaseSearch", description = "A search of the organization's cases; names and ID numbers go here, never in a URL")
    record CaseSearch(
            @Schema(enumeration = {"mine", "organization"}) String view, CaseStatus status, CaseCategory category,
            Boolean overdue, Boolean visitDue,
            @Schema(description = "Only cases still waiting for their verification to end (OPEN or UNDER_VERIFICATION), overdue or not") Boolean awaitingVerification,
            @Size(max = 200) @Schema(description = "Case number, full name or ID number") String q,
            Integer page, Integer size,
            @Schema(description = "receivedAt, caseNumber, status, verificationDueAt, nextVisitDue or updatedAt, then ,asc or ,desc") String sort) {}

    @Schema(name = "IntakeDraftRequest", description = "The intake form as its author left it")
    record DraftRequest(
            @jakarta.validation.constraints.NotBlank @Schema(enumeration = {"handover", "person", "children", "story", "review"}) String step,
            @NotNull @Schema(description = "The form's values, as the SPA keeps them") Map<String, Object> values) {}

    @Schema(name = "IntakeDraft", description = "A half-done intake, kept on the server for its author only")
    record DraftView(String step,
                     Map<String, Object> values,
                     OffsetDateTime savedAt,
                     @Schema(description = "A week after the last save it is removed") OffsetDateTime expiresAt,
                     @Schema(description = "The version its ETag names: the next save or discard sends it in If-Match") long version) {}

    @Schema(name = "CaseBrief", description = "What a hotline operator may know of a case: no personal data but the person's initials")
    record CaseBrief(UUID id, String caseNumber, CaseStatus status, CaseCategory category,
                     @Schema(examples = "N.T.H.") String initials,
                     @Schema(description = "The social worker the case is assigned to") String assignedToName,
                     @Schema(description = "False once the case is closed") boolean open) {}

    @Schema(name = "CaseSummary")
    record CaseSummary(UUID id, String caseNumber, CaseStatus status, CaseCategory category, String personName,
                       OffsetDateTime receivedAt, OffsetDateTime verificationDueAt, boolean verificationOverdue,
                       String assignedToName,
                       @Schema(description = "The next follow-up visit due, after the handover") LocalDate nextVisitDue) {}

    @Schema(name = "CasePage")
    record CasePage(List<CaseSummary> items, int page, int size,
                    @Schema(description = "Exact up to 1,000; beyond that 1,000 and totalExact is false") long total,
                    @Schema(description = "False when there are more matches than total") boolean totalExact) {}

    @Schema(name = "TransitionNote", description = "An optional note for a transition")
    record NoteBody(@Size(max = 2000) String note) {}

    @Schema(name = "ReasonBody")
    record ReasonBody(@NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "IdentifyRequest", description = "The identification decision (CTDC variables)")
    record IdentifyRequest(
            @NotNull UUID decidingOrganizationId,
            @NotNull @PastOrPresent LocalDate decisionDate,
            @Size(max = 100) String documentNumber,
            @NotNull @Pattern(regexp = "^(VICTIM|NOT_VICTIM)$", message = "must be VICTIM or NOT_VICTIM")
            @Schema(enumeration = {"VICTIM", "NOT_VICTIM"}) String result,
            @Size(max = 12) List<@NotNull Exploitation> forms,
            @org.safereturn.common.validation.CountryCode @Schema(pattern = COUNTRY, description = "ISO 3166-1 alpha-2") String countryOfExploitation,
            @Size(max = 12) List<@NotNull MeansOfControl> meansOfControl,
            RecruiterRelation recruiterRelation,
            @Schema(description = "The types of labour the person was forced into; only with the form FORCED_LABOUR")
            @Size(max = 13) List<@NotNull LabourType> labourTypes,
            @Schema(description = "The types of sexual exploitation; only with the form SEXUAL")
            @Size(max = 4) List<@NotNull SexualExploitationType> sexualExploitationTypes) {}

    @Schema(name = "NotIdentifiedRequest")
    record NotIdentifiedRequest(UUID decidingOrganizationId, @NotNull @PastOrPresent LocalDate decisionDate,
                                @NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "HandoverRequest")
    record HandoverRequest(@NotNull HandoverReceiver receiver, @NotBlank @Size(max = 200) String receiverName,
                           UUID receiverOrganizationId, @Size(max = 100) String documentNumber,
                           @NotNull @PastOrPresent OffsetDateTime handedOverAt, @Size(max = 2000) String note,
                           @Size(max = 10) @Schema(description = "Where the person was handed over: a commune's code (listPlaces)") String placeCode) {}

    @Schema(name = "AssignRequest")
    record AssignRequest(@NotBlank @Size(max = 100)
                         @Schema(description = "The subject of a social worker or supervisor of the case's organization (see listStaff)")
                         String assigneeSubject) {}

    @Schema(name = "TimelineEvent")
    record TimelineEvent(long id, OffsetDateTime at,
                         @Schema(examples = "HANDED_OVER") String type,
                         String actorName,
                         @Schema(description = "English wording, a fallback for clients that do not word the type themselves") String summary,
                         @Schema(description = "The entry's facts as codes and numbers, e.g. {\"receiver\":\"FAMILY\"}; a worker's note under \"note\"")
                         Map<String, String> params) {}

    @Schema(name = "TimelinePage")
    record TimelinePage(List<TimelineEvent> items, int page, int size, long total) {}

    @Schema(name = "NoteRequest")
    record NoteRequest(@NotBlank @Size(max = 10000) String text, boolean confidential) {}

    @Schema(name = "Note")
    record NoteView(UUID id, String text, boolean confidential, String authorName, OffsetDateTime createdAt) {}

    @Schema(name = "NotePage")
    record NotePage(List<NoteView> items, int page, int size, long total) {}

    /** Forms of exploitation (CTDC's typeOfExploit variables). */
    enum Exploitation { SEXUAL, FORCED_LABOUR, FORCED_MARRIAGE, ORGAN_REMOVAL, SURROGACY, CHILD_TRAFFICKING, FORCED_CRIMINALITY, OTHER }

    /** Means of control (CTDC's meansOfControl variables). */
    enum MeansOfControl {
        DEBT_BONDAGE, TAKES_EARNINGS, THREATS, PHYSICAL_ABUSE, SEXUAL_ABUSE, PSYCHOLOGICAL_ABUSE, FALSE_PROMISES,
        PSYCHOACTIVE_SUBSTANCES, RESTRICTS_MOVEMENT, RESTRICTS_MEDICAL_CARE, EXCESSIVE_WORKING_HOURS,
        THREAT_OF_LAW_ENFORCEMENT, WITHHOLDS_DOCUMENTS, WITHHOLDS_NECESSITIES, OTHER
    }

    /** Types of labour exploitation (CTDC's typeOfLabour variables). */
    enum LabourType {
        AGRICULTURE, AQUAFARMING, BEGGING, CONSTRUCTION, DOMESTIC_WORK, HOSPITALITY, ILLICIT_ACTIVITIES, MANUFACTURING,
        MINING_OR_DRILLING, PEDDLING, TRANSPORTATION, OTHER, NOT_SPECIFIED
    }

    /** Types of sexual exploitation (CTDC's typeOfSex variables). */
    enum SexualExploitationType { PROSTITUTION, PORNOGRAPHY, REMOTE_INTERACTIVE_SERVICES, PRIVATE_SEXUAL_SERVICES }

    /** The recruiter's relation to the person (CTDC's recruiterRelation). */
    enum RecruiterRelation { INTIMATE_PARTNER, FRIEND, FAMILY, OTHER_ACQUAINTANCE, STRANGER, UNKNOWN }
}
