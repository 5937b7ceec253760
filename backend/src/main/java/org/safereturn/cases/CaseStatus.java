package org.safereturn.cases;

/** Where a case stands on the legal path (DOMAIN.md's lifecycle). */
public enum CaseStatus {
    OPEN, UNDER_VERIFICATION, IDENTIFIED, NOT_IDENTIFIED, SUPPORTING, HANDED_OVER, FOLLOW_UP, CLOSED;

    /** Open cases the law's 3-day verification deadline applies to. */
    boolean awaitsVerification() {
        return this == OPEN || this == UNDER_VERIFICATION;
    }
}
