package org.safereturn.common.persistence;

import jakarta.persistence.TypedQuery;

/**
 * Counting the matches of a list without counting a million rows: lists report their total up to
 * {@link #CAP} exactly and beyond it as "at least CAP", which is all a pager needs, and costs a
 * short index scan instead of a full count on every page.
 */
public final class Counts {
    public static final int CAP = 1000;

    /** A total, and whether it is exact (false: there are more than {@code total}). */
    public record Total(long total, boolean exact) {}

    private Counts() {}

    /** Counts the rows {@code ids} selects (a query of ids only, without ordering), up to {@link #CAP}. */
    public static Total upToCap(TypedQuery<?> ids) {
        int found = ids.setMaxResults(CAP + 1).getResultList().size();
        return found > CAP ? new Total(CAP, false) : new Total(found, true);
    }
}
