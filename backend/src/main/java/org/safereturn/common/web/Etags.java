package org.safereturn.common.web;

import org.safereturn.common.error.ProblemException;

/** ETag and If-Match for optimistic locking: the ETag is the record's {@code version}. */
public final class Etags {
    private Etags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller last saw. A missing header is 428 and a header that is not one of
     * our ETags is 412, so an update never silently overwrites someone else's change.
     */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition.required", "If-Match required",
                    "Send the record's ETag in If-Match so that concurrent changes are not lost");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    /**
     * Requires If-Match (428 without) and that it names the record's current version (412 when
     * someone changed it since), the one check every change of an existing record makes.
     */
    public static void check(String ifMatch, long currentVersion) {
        if (requireVersion(ifMatch) != currentVersion) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(412, "precondition.stale", "The record was changed by someone else",
                "Reload the record and apply your change again");
    }
}
