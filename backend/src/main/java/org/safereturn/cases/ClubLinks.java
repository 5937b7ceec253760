package org.safereturn.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The clubs a case's person came through: referrals from a club's outreach or about a club's
 * member that the case's organization linked to the case. Implemented where referrals live; the
 * case only reads them, for those who see the whole case.
 */
public interface ClubLinks {
    @Schema(name = "CaseClubLink", description = "A club's referral linked to this case: the person was reached by the club's outreach, or is its member")
    record ClubLink(UUID referralId,
                    @Schema(enumeration = {"OUTREACH_CONTACT", "MEMBER"}) String kind,
                    UUID clubId, String clubName,
                    @Schema(description = "The member's group; null for an outreach contact") String targetGroup,
                    @Schema(description = "When the member joined the club; null for an outreach contact") LocalDate joinedOn,
                    @Schema(description = "When the member left the club, if they did") LocalDate leftOn,
                    OffsetDateTime linkedAt, String linkedByName) {}

    /** The links of the case, oldest first; a member who withdrew their consent to the club's records is left out. */
    List<ClubLink> of(UUID caseId);
}
