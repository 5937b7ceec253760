package org.safereturn.hotline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the hotline API. */
final class HotlineDtos {
    private HotlineDtos() {}

    static final String PHONE = "^\\+?[0-9][0-9 .()-]{1,18}[0-9]$";
    static final String PHONE_MESSAGE = "must be a phone number (digits, optionally + and spaces)";

    @Schema(name = "HotlineLine", description = "A line an organization answers")
    record LineView(UUID id, String code, String number, String nameVi, String nameEn, UUID organizationId, String hours,
                    boolean active, long version) {}

    @Schema(name = "HotlineLineRequest", description = "A line to add or change (admin)")
    record LineRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]*$", message = "must be upper-case letters, digits, - and _") String code,
            @NotBlank @Pattern(regexp = "^[0-9]{3,15}$", message = "must be the line's digits") String number,
            @NotBlank @Size(max = 200) String nameVi,
            @NotBlank @Size(max = 200) String nameEn,
            @NotNull UUID organizationId,
            @NotBlank @Size(max = 100) @Schema(examples = "24/7") String hours,
            boolean active) {}

    @Schema(name = "HotlineCategory", description = "A code of the contact taxonomy")
    record CategoryView(String code, String nameVi, String nameEn, String shortcut, int position, boolean active,
                        @Schema(description = "The version its ETag names: a change sends it in If-Match") long version) {}

    @Schema(name = "HotlineCategoryRequest", description = "A category of the taxonomy to add or change (admin)")
    record CategoryRequest(
            @NotBlank @Size(max = 200) String nameVi,
            @NotBlank @Size(max = 200) String nameEn,
            @Pattern(regexp = "^[A-Z0-9]$", message = "must be one upper-case letter or digit") @Schema(description = "Pressed with Alt in the call form") String shortcut,
            @Min(0) @Max(1000) int position,
            boolean active) {}

    @Schema(name = "Caller", description = "Who contacted the line; anonymous callers give no name or number")
    record CallerRequest(
            boolean anonymous,
            @Size(max = 200) String name,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            CallerRelation relation,
            @Size(max = 10) String placeCode) {}

    @Schema(name = "ConcernedPerson", description = "The person the contact is about (may be the caller, may be a child)")
    record ConcernedRequest(
            @Size(max = 200) String name,
            ConcernedSex sex,
            @Min(0) @Max(120) Integer age,
            @Size(max = 10) String placeCode,
            @org.safereturn.common.validation.CountryCode
            @Schema(pattern = "^[A-Z]{2}$", description = "Where the person is now, when abroad: ISO 3166-1 alpha-2") String country) {}

    @Schema(name = "TicketRequest", description = "A contact as the operator logs it; sent again (PUT) as the call goes on")
    record TicketRequest(
            @NotNull UUID lineId,
            @NotNull Channel channel,
            @NotNull Direction direction,
            @NotNull OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            @NotNull @Valid CallerRequest caller,
            @Valid ConcernedRequest concerned,
            @Size(max = 10) List<@NotBlank String> categories,
            @Size(max = 20000) String summary,
            @NotNull TicketUrgency urgency,
            @Size(max = 10) List<@NotNull TicketAction> actions) {}

    @Schema(name = "CallerView")
    record CallerView(boolean anonymous, String name, String phone, CallerRelation relation, String placeCode) {}

    @Schema(name = "ConcernedPersonView")
    record ConcernedView(String name, ConcernedSex sex, Integer age, boolean child, String placeCode, String country) {}

    @Schema(name = "TicketAssignee")
    record AssigneeView(String subject, String name) {}

    @Schema(name = "TicketCallback", description = "A callback promised to the caller")
    record CallbackView(UUID id, OffsetDateTime dueAt, String note, CallbackStatus status, String resultNote, OffsetDateTime doneAt,
                        String scheduledByName, String doneByName, boolean overdue) {}

    @Schema(name = "CallerFlag", description = "A warning on the caller's number; it expires")
    record FlagView(UUID id, CallerFlagKind kind, String note, OffsetDateTime expiresAt, String createdByName, OffsetDateTime createdAt) {}

    @Schema(name = "Ticket", description = "A hotline contact with everything recorded about it")
    record TicketView(
            UUID id, String ticketNumber, UUID organizationId, LineView line, Channel channel, Direction direction,
            TicketStatus status, TicketUrgency urgency, OffsetDateTime startedAt, OffsetDateTime endedAt, Long durationSeconds,
            OffsetDateTime responseDueAt, OffsetDateTime respondedAt, boolean overdue,
            CallerView caller, ConcernedView concerned, List<String> categories, String summary, List<TicketAction> actions,
            TicketOutcome outcome, String outcomeNote, AssigneeView assignee,
            UUID caseId, String caseNumber, UUID referralId, OffsetDateTime escalatedAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt,
            @Schema(description = "Personal data was removed under the retention rule") boolean deidentified,
            List<CallbackView> callbacks,
            @Schema(description = "Active flags on the caller's number") List<FlagView> callerFlags,
            @Schema(description = "Earlier contacts from the same number") long previousContacts,
            String createdByName, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {}

    @Schema(name = "TicketSummary", description = "A ticket in a list; no personal data")
    record TicketSummary(UUID id, String ticketNumber, UUID lineId, String lineCode, Channel channel, Direction direction,
                         TicketStatus status, TicketUrgency urgency, List<String> categories, OffsetDateTime startedAt,
                         OffsetDateTime responseDueAt, boolean overdue, String assigneeName, String caseNumber) {}

    @Schema(name = "TicketSearch", description = "A search of the organization's tickets; a caller's phone number goes here, never in a URL")
    record TicketSearch(
            @Schema(enumeration = {"all", "open", "mine"}) String view, TicketStatus status, TicketUrgency urgency, UUID lineId,
            Channel channel, String category, Boolean overdue, java.time.LocalDate from, java.time.LocalDate to,
            @jakarta.validation.constraints.Size(max = 40) @Schema(description = "Ticket number or caller phone number") String q,
            Integer page, Integer size, String sort) {}

    @Schema(name = "TicketPage")
    record TicketPage(List<TicketSummary> items, int page, int size, long total,
                      @Schema(description = "false when total stopped counting at 1,000") boolean totalExact) {}

    @Schema(name = "TicketTriage", description = "The urgency and categories an operator settles on")
    record TriageBody(@NotNull TicketUrgency urgency, @NotNull @Size(min = 1, max = 10) List<@NotBlank String> categories,
                      @Size(max = 2000) String note) {}

    @Schema(name = "TicketAssign")
    record AssignBody(@NotBlank @Size(max = 100) String assigneeSubject) {}

    @Schema(name = "TicketStepNote", description = "An optional note on a step")
    record NoteBody(@Size(max = 2000) String note) {}

    @Schema(name = "TicketResolve", description = "How the contact ended")
    record ResolveBody(@NotNull TicketOutcome outcome, @Size(max = 4000) String note) {}

    @Schema(name = "TicketNoteRequest")
    record NoteRequest(@NotBlank @Size(max = 4000) String text) {}

    @Schema(name = "TicketHistoryEntry", description = "A step, note or callback in a ticket's history")
    record HistoryEntry(long id, OffsetDateTime at, TicketEvent.Type type, TicketStatus status, String actorName, String note,
                        java.util.Map<String, String> params) {}

    @Schema(name = "TicketHistoryPage")
    record HistoryPage(List<HistoryEntry> items, int page, int size, long total) {}

    @Schema(name = "CallbackRequest", description = "A callback to make")
    record CallbackRequest(@NotNull OffsetDateTime dueAt, @Size(max = 2000) String note) {}

    @Schema(name = "CallbackResult", description = "What came of a callback")
    record CallbackResultRequest(@NotNull CallbackStatus status, @Size(max = 2000) String note) {}

    @Schema(name = "CallerFlagRequest", description = "A warning on the ticket's caller number")
    record FlagRequest(@NotNull CallerFlagKind kind, @Size(max = 1000) String note,
                       @Schema(description = "When it lapses; default in safereturn.hotline.flag-lasts") OffsetDateTime expiresAt) {}

    @Schema(name = "CallerLookup", description = "A number to look up, sent in the body so that it never reaches a log")
    record LookupRequest(@NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone) {}

    @Schema(name = "CallerHistory", description = "Earlier contacts from one number and the flags on it")
    record CallerHistory(List<TicketSummary> contacts, long total, List<FlagView> flags) {}

    @Schema(name = "CountByKey")
    record CountByKey(String key, long count) {}

    @Schema(name = "HotlineToday", description = "Contacts since midnight (Vietnam time)")
    record Today(long total, List<CountByKey> byLine, List<CountByKey> byChannel, List<CountByKey> byCategory, List<CountByKey> byUrgency) {}

    @Schema(name = "DueCallback", description = "A scheduled callback, with its ticket")
    record DueCallback(UUID id, UUID ticketId, String ticketNumber, OffsetDateTime dueAt, boolean overdue) {}

    @Schema(name = "HotlineConsole", description = "What an operator's screen shows: open work by urgency and deadline")
    record Console(List<TicketSummary> open, long openTotal, List<DueCallback> callbacks, List<TicketSummary> mine, Today today,
                   OffsetDateTime at) {}

    @Schema(name = "IntakePrefill", description = "An intake prefilled from a ticket, for the intake form; send it (changed) to POST /intakes")
    record IntakePrefill(UUID hotlineTicketId, String channel, OffsetDateTime receivedAt, String placeFoundCode,
                         String category, PrefillPerson person, String narrative) {}

    @Schema(name = "IntakePrefillPerson")
    record PrefillPerson(String fullName, String sex, Integer estimatedAge, String phone, String homePlaceCode) {}
}
