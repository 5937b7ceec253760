package org.safereturn.common.error;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The stable code of a field error, so that clients word it in their reader's language (the
 * SPA's Vietnamese first) instead of showing the API's English message. A Bean Validation error
 * takes its constraint's code and bounds; an error a service writes takes the code of its
 * message when that is one of the common ones below, else {@code invalid}, whose English message
 * is then the only wording.
 */
public final class FieldCodes {
    private FieldCodes() {}

    /** Every code, in order; the contract lists them as FieldError.code's enum. */
    public static final List<String> ALL = List.of(
            "absent-for-count", "after-check-in", "after-follow-up", "after-given", "after-invitation", "after-today",
            "anonymous-empty", "at-least-one", "birth-or-age", "callback-result", "case-number-only", "case-view",
            "club-profile-organization", "code-format", "consent-required", "counselling-member-fixed", "counted-twice",
            "country", "dataset-period-only", "date", "date-example", "date-iso", "date-time-offset", "delivery-status",
            "dimension-twice", "direction", "document-kind-required", "document-type-needed", "draft-too-long", "email",
            "empty-file", "file-name", "file-name-header", "form-values", "format", "format-export", "format-json-adx", "future",
            "group-twice", "guardian-required", "immutable", "invalid", "labour-needs-form", "legacy-query-required",
            "length-1-200", "limit-range", "max", "meeting-material-only", "member-or-staff", "member-twice", "min", "no-month",
            "not-a-club", "not-active", "not-before", "not-board-seat", "not-case-referral", "not-case-worker",
            "not-club-member", "not-dimension", "not-dimension-of", "not-future", "not-in-service", "not-member-on",
            "not-member-that-day", "not-member-then", "not-offered", "not-one-of", "not-other-organization", "not-outreach-seat",
            "not-own-ticket", "not-province", "not-received-referral", "not-report-dimension", "not-ticket-handler",
            "not-today-unit", "numeric-cursor", "one-of", "one-two-three", "only-when-sharing", "other-organization",
            "over-commune-population", "over-population", "past", "period", "period-for-adx", "period-for-dhis2",
            "period-or-range", "period-required", "period-too-long", "period-year-first", "place-level", "plan-place",
            "plan-year", "province-population", "quantity-for-rate", "range-1-1000", "range-1-200", "reopen-reason", "required",
            "required-for-material", "required-for-name-phone", "required-for-organization-handover", "required-for-percent",
            "required-to-share", "required-to-share-contact", "required-without-service", "role-twice", "roster-target",
            "service-type", "sexual-needs-form", "size", "staff-purpose", "stateless-no-nationality", "ticket-number-only",
            "ticket-query", "ticket-view", "today-or-later", "too-many-cells", "too-many-dimensions", "unknown-action",
            "unknown-category", "unknown-cursor", "unknown-hotline", "unknown-indicator", "unknown-organization",
            "unknown-person", "unknown-place", "unknown-report", "unknown-service", "unknown-topic", "uuid", "value-count",
            "value-length", "witness-required", "year-1990", "year-2000");


    /** The messages services write, each with its code. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("ADX takes a month (2026-03), a quarter (2026Q1) or a year (2026)", "period-for-adx"),
            Map.entry("DHIS2 takes a month (2026-03), a quarter (2026Q1) or a year (2026)", "period-for-dhis2"),
            Map.entry("a guardian's name and relation are required", "guardian-required"),
            Map.entry("a verbal consent needs its witness", "witness-required"),
            Map.entry("belongs only to a meeting's materials", "meeting-material-only"),
            Map.entry("counts the same sex and age group twice", "counted-twice"),
            Map.entry("give either a period or from and to, not both", "period-or-range"),
            Map.entry("give the birth date or an estimated age", "birth-or-age"),
            Map.entry("is a province: record the population of its communes and wards", "province-population"),
            Map.entry("is after today", "after-today"),
            Map.entry("is not a commune or ward of today's administrative units", "not-today-unit"),
            Map.entry("is not a cursor this feed gave out", "unknown-cursor"),
            Map.entry("is not a known hotline", "unknown-hotline"),
            Map.entry("is not a member of this club", "not-club-member"),
            Map.entry("is not a province-level unit", "not-province"),
            Map.entry("is not a referral of this case sent by your organization", "not-case-referral"),
            Map.entry("is not a referral your organization received", "not-received-referral"),
            Map.entry("is not a seat of this club's board", "not-board-seat"),
            Map.entry("is not a service of the directory", "unknown-service"),
            Map.entry("is not a social worker or supervisor of your organization", "not-case-worker"),
            Map.entry("is not a ticket of your organization", "not-own-ticket"),
            Map.entry("is not a topic of the list (GET /api/v1/club-meeting-topics)", "unknown-topic"),
            Map.entry("is not an action the audit trail records", "unknown-action"),
            Map.entry("is not an operator, social worker or supervisor of your organization", "not-ticket-handler"),
            Map.entry("is not an outreach worker's seat held on the day of the contact", "not-outreach-seat"),
            Map.entry("is not another active organization of the directory", "not-other-organization"),
            Map.entry("is not in service", "not-in-service"),
            Map.entry("is not of kind CLUB", "not-a-club"),
            Map.entry("is not offered by the receiving organization", "not-offered"),
            Map.entry("is only needed to share field groups", "only-when-sharing"),
            Map.entry("is required for a PERCENT indicator", "required-for-percent"),
            Map.entry("is required for a meeting's materials", "required-for-material"),
            Map.entry("is required for a name or phone", "required-for-name-phone"),
            Map.entry("is required to share the name and phone", "required-to-share-contact"),
            Map.entry("is required to share with an organization", "required-to-share"),
            Map.entry("is required when handing over to an organization", "required-for-organization-handover"),
            Map.entry("is required when no serviceId is given", "required-without-service"),
            Map.entry("is required: FOUNDING_DECISION or MEETING_MATERIAL", "document-kind-required"),
            Map.entry("is required: a month (2026-03), a quarter (2026Q1), a year (2026), or from and to", "period-required"),
            Map.entry("is required: no consent, no record", "consent-required"),
            Map.entry("is required: part of the old unit's name, or its code", "legacy-query-required"),
            Map.entry("lists a member twice", "member-twice"),
            Map.entry("lists a role twice", "role-twice"),
            Map.entry("lists the same sex and group twice", "group-twice"),
            Map.entry("must be 1 or more", "at-least-one"),
            Map.entry("must be 1 to 1000", "range-1-1000"),
            Map.entry("must be 1 to 200 characters", "length-1-200"),
            Map.entry("must be 1, 2 or 3", "one-two-three"),
            Map.entry("must be PENDING, DELIVERED or DEAD", "delivery-status"),
            Map.entry("must be REACHED, NOT_REACHED or CANCELLED", "callback-result"),
            Map.entry("must be a UUID", "uuid"),
            Map.entry("must be a cursor this feed gave (a number)", "numeric-cursor"),
            Map.entry("must be a date such as 2026-03-31", "date"),
            Map.entry("must be a date such as 2026-11-24", "date-example"),
            Map.entry("must be a date, YYYY-MM-DD", "date-iso"),
            Map.entry("must be a month (2026-03), a quarter (2026Q1) or a year (2026)", "period"),
            Map.entry("must be a plain file name of at most 255 characters", "file-name"),
            Map.entry("must be a ticket number (HL-123) or a phone number", "ticket-query"),
            Map.entry("must be a year (2026), a quarter (2026Q1) or a month (2026-03)", "period-year-first"),
            Map.entry("must be absent for a COUNT indicator", "absent-for-count"),
            Map.entry("must be after checkedInAt", "after-check-in"),
            Map.entry("must be after givenAt", "after-given"),
            Map.entry("must be all, open or mine", "ticket-view"),
            Map.entry("must be an ISO-8601 date-time with offset, e.g. 2026-11-23T00:00:00+07:00", "date-time-offset"),
            Map.entry("must be another organization than yours", "other-organization"),
            Map.entry("must be between 1 and 200", "range-1-200"),
            Map.entry("must be between 1990 and 2100", "year-1990"),
            Map.entry("must be between 2000 and 2100", "year-2000"),
            Map.entry("must be cases or tickets", "staff-purpose"),
            Map.entry("must be empty for a stateless person", "stateless-no-nationality"),
            Map.entry("must be empty for an anonymous caller", "anonymous-empty"),
            Map.entry("must be incoming or outgoing", "direction"),
            Map.entry("must be json or adx", "format-json-adx"),
            Map.entry("must be json, csv or xlsx", "format-export"),
            Map.entry("must be mine or organization", "case-view"),
            Map.entry("must be province or commune", "place-level"),
            Map.entry("must be the form's values as an object", "form-values"),
            Map.entry("must be today or later", "today-or-later"),
            Map.entry("must be upper-case letters, digits and _, starting with a letter", "code-format"),
            Map.entry("must not be more than the population", "over-population"),
            Map.entry("name either a member of the club (memberId) or a staff member (staffName), not both", "member-or-staff"),
            Map.entry("names a dimension twice", "dimension-twice"),
            Map.entry("names the directory organization (kind CLUB) the profile is for", "club-profile-organization"),
            Map.entry("names the organization, the commune or district, or the unit counted", "roster-target"),
            Map.entry("only a case number here: search names and ID numbers with POST /api/v1/cases/search, so they never travel in a URL", "case-number-only"),
            Map.entry("only a ticket number here: search a phone number with POST /api/v1/hotline/tickets/search, so it never travels in a URL", "ticket-number-only"),
            Map.entry("say which document the number is from", "document-type-needed"),
            Map.entry("say why the ticket is reopened", "reopen-reason"),
            Map.entry("stays the member counselled; record a new counselling for another member", "counselling-member-fixed"),
            Map.entry("the data set takes a period only", "dataset-period-only"),
            Map.entry("the file is empty", "empty-file"),
            Map.entry("the member is not a member of the club on that day", "not-member-that-day"),
            Map.entry("the person was not a member of the club that day", "not-member-then"),
            Map.entry("types of labour detail the form FORCED_LABOUR: name that form too", "labour-needs-form"),
            Map.entry("types of sexual exploitation detail the form SEXUAL: name that form too", "sexual-needs-form"),
            Map.entry("values must be 1 to 60 characters", "value-length"));

    /** A message with values in it: its code, and the named groups its wording takes as parameters. */
    private record Shape(String code, Pattern pattern) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("not-report-dimension", Pattern.compile("^'(?<value>[^']*)' is not a dimension of (?<report>\\S+) that can disaggregate$")),
            new Shape("not-one-of", Pattern.compile("^'(?<value>[^']*)' is not one of (?<values>.*)$")),
            new Shape("not-dimension", Pattern.compile("^'(?<value>[^']*)' is not a dimension of (?<report>[^:]+): (?<values>.*)$")),
            new Shape("unknown-indicator", Pattern.compile("^'(?<value>[^']*)' is not an indicator$")),
            new Shape("unknown-report", Pattern.compile("^'(?<value>[^']*)' is not a report: (?<values>.*)$")),
            new Shape("draft-too-long", Pattern.compile("^a draft may hold at most (?<max>\\d+) characters$")),
            new Shape("period-too-long", Pattern.compile("^a report covers at most (?<max>\\d+) years$")),
            new Shape("over-commune-population", Pattern.compile("^adds up to more than the commune's (?<value>\\d+) residents$")),
            new Shape("too-many-dimensions", Pattern.compile("^at most (?<max>\\d+) dimensions$")),
            new Shape("immutable", Pattern.compile("^cannot change; it is (?<value>.*)$")),
            new Shape("no-month", Pattern.compile("^has no month (?<value>.*)$")),
            new Shape("quantity-for-rate", Pattern.compile("^is needed to compute the amount from the rate per (?<unit>.*)$")),
            new Shape("not-dimension-of", Pattern.compile("^is not a dimension of (?<report>.*)$")),
            new Shape("limit-range", Pattern.compile("^must be 1 to (?<max>\\d+)$")),
            new Shape("plan-place", Pattern.compile("^must be the plan's place (?<value>\\S+) or one of its communes$")),
            new Shape("service-type", Pattern.compile("^must be the service's type, (?<value>.*)$")),
            new Shape("plan-year", Pattern.compile("^must lie in the plan's year (?<value>\\d+)$")),
            new Shape("value-count", Pattern.compile("^must list 1 to (?<max>\\d+) values$")),
            new Shape("after-follow-up", Pattern.compile("^must not be after the follow-up \\((?<value>[^)]*)\\)$")),
            new Shape("after-invitation", Pattern.compile("^must not be after the invitation \\((?<value>[^)]*)\\)$")),
            new Shape("file-name-header", Pattern.compile("^the (?<header>\\S+) header must be percent-encoded UTF-8$")),
            new Shape("too-many-cells", Pattern.compile("^the table would have (?<size>\\d+) cells \\(at most (?<max>\\d+)\\): group by fewer dimensions$")),
            new Shape("not-member-on", Pattern.compile("^was not a member of this club on (?<value>.*)$")));

    /** The code of a message a service writes, by its wording; "invalid" when it has none of its own. */
    static String ofMessage(String message) {
        if (message == null) {
            return "invalid";
        }
        return switch (message) {
            case "must not be in the future" -> "not-future";
            case "must be in the future" -> "future";
            case "is not an organization of the directory" -> "unknown-organization";
            case "is not a known administrative unit" -> "unknown-place";
            case "is not a category of the taxonomy" -> "unknown-category";
            case "is not the person of this case or an accompanying child" -> "unknown-person";
            case "is not active" -> "not-active";
            case "is required", "must not be blank", "must not be null" -> "required";
            case "has the wrong type or format" -> "format";
            default -> message.startsWith("must be one of ") ? "one-of"
                    : message.startsWith("must not be before ") ? "not-before"
                    : MESSAGES.getOrDefault(message, SHAPES.stream().filter(shape -> shape.pattern().matcher(message).matches())
                            .map(Shape::code).findFirst().orElse("invalid"));
        };
    }

    /** The parameters a code's wording uses: the other field of "not-before", the values of "one-of". */
    static Map<String, String> paramsOfMessage(String code, String message) {
        return switch (code) {
            case "not-before" -> Map.of("other", message.substring("must not be before ".length()));
            case "one-of" -> Map.of("values", message.substring("must be one of ".length()));
            default -> SHAPES.stream().filter(shape -> shape.code().equals(code)).findFirst()
                    .map(shape -> groupsOf(shape.pattern(), message)).orElse(null);
        };
    }

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z]+)>");

    private static Map<String, String> groupsOf(Pattern pattern, String message) {
        var m = pattern.matcher(message);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> groups = new LinkedHashMap<>();
        var names = GROUP_NAME.matcher(pattern.pattern());
        while (names.find()) {
            groups.put(names.group(1), m.group(names.group(1)));
        }
        return groups;
    }

    /** A Bean Validation error's code, by its constraint, and the bounds its wording names. */
    static Problem.FieldError of(String field, ConstraintViolation<?> v) {
        var descriptor = v.getConstraintDescriptor();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        Map<String, String> params = new LinkedHashMap<>();
        String code = switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> {
                params.put("min", String.valueOf(attributes.get("min")));
                params.put("max", String.valueOf(attributes.get("max")));
                yield "size";
            }
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> {
                params.put("value", constraint.startsWith("Positive") ? (constraint.equals("Positive") ? "1" : "0")
                        : String.valueOf(attributes.get("value")));
                yield "min";
            }
            case "Max", "DecimalMax" -> {
                params.put("value", String.valueOf(attributes.get("value")));
                yield "max";
            }
            case "Pattern", "Digits" -> "format";
            case "Past" -> "past";
            case "PastOrPresent" -> "not-future";
            case "Future", "FutureOrPresent" -> "future";
            case "Email" -> "email";
            case "CountryCode" -> "country";
            default -> "invalid";
        };
        return new Problem.FieldError(field, v.getMessage(), code, params.isEmpty() ? null : params);
    }
}
