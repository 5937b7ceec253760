package org.safereturn.common.web;

import java.util.Arrays;
import java.util.UUID;
import org.safereturn.common.error.ProblemException;

/** Parses query filters so that a wrong value is a 422 naming the parameter, not a bare 400 or 404. */
public final class Params {
    private Params() {}

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static UUID uuidOf(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    public static java.time.LocalDate dateOf(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2026-11-24");
        }
    }

    public static java.time.OffsetDateTime timeOf(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-23T00:00:00+07:00");
        }
    }
}
