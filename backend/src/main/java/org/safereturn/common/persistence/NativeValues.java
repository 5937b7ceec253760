package org.safereturn.common.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows, whose Java types depend on the driver and Hibernate's mapping. */
public final class NativeValues {
    private NativeValues() {}

    /** A timestamptz column as an OffsetDateTime (UTC when the driver gave an Instant or Timestamp); null stays null. */
    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A text[] column as a String array (the driver gives String[], Object[] or a java.sql.Array); null stays null. */
    public static String[] strings(Object value) {
        if (value == null || value instanceof String[]) {
            return (String[]) value;
        }
        if (value instanceof Object[] o) {
            return java.util.Arrays.stream(o).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
        }
        try {
            return strings(((java.sql.Array) value).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("unreadable array column", e);
        }
    }

    /** A date column as a LocalDate; null stays null. */
    public static java.time.LocalDate localDate(Object value) {
        if (value == null || value instanceof java.time.LocalDate) {
            return (java.time.LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
