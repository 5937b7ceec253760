package org.safereturn.referral;

/** DOMAIN.md's referral lifecycle; OVERDUE is not a status but a flag on a SENT referral past its answer time. */
public enum ReferralStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** Whether the referral is over: nothing more happens to it. */
    boolean ended() {
        return this == DECLINED || this == COMPLETED || this == CANCELLED;
    }
}
