package org.safereturn.referral;

import org.safereturn.common.error.ProblemException;

/**
 * The position in the changes feed: the writing transaction and the event id, written
 * {@code <tx>-<id>}. Opaque to partners; an absent cursor starts from the beginning.
 */
final class ChangeCursor {
    private ChangeCursor() {}

    static long[] parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new long[] {0, 0};
        }
        String[] parts = cursor.trim().split("-");
        try {
            if (parts.length == 2) {
                long tx = Long.parseLong(parts[0]);
                long id = Long.parseLong(parts[1]);
                if (tx >= 0 && id >= 0) {
                    return new long[] {tx, id};
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("since", "is not a cursor this feed gave out");
    }

    static String format(long tx, long id) {
        return tx + "-" + id;
    }
}
