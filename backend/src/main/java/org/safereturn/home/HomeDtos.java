package org.safereturn.home;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class HomeDtos {
    private HomeDtos() {}

    @Schema(name = "HomeCounts", description = "What waits for the caller's organization; a count is null when the caller's role does not see that list")
    record Counts(
            @Schema(description = "Referrals received and not yet answered (the inbox's SENT)") Long newReferrals,
            @Schema(description = "Of those, past the deadline to answer") Long overdueReferrals,
            @Schema(description = "Cases whose 3-day verification is past its deadline") Long overdueVerifications,
            @Schema(description = "Handed-over or followed-up cases whose next visit is due today or earlier") Long visitsDue,
            @Schema(description = "Open EMERGENCY hotline contacts") Long emergencyTickets,
            @Schema(description = "Open hotline contacts assigned to the caller") Long myOpenTickets) {}
}
