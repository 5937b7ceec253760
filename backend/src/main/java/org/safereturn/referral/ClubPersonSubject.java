package org.safereturn.referral;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a club shares with the receiver of a referral about a person without a case: someone its
 * outreach reached, or one of its members. A name and phone are in it only with the person's
 * consent to share them.
 */
@Schema(name = "ReferredClubPerson", description = "A person a club refers (reached by its outreach, or a member) as the club shares them; name and phone only with the person's consent")
public record ClubPersonSubject(
        @Schema(description = "OUTREACH_CONTACT or MEMBER") String kind,
        String clubName,
        @Schema(description = "The day of the outreach contact, or the day the member joined") LocalDate since,
        @Schema(description = "An alias or the initials") String alias,
        String sex, String ageBand, String placeCode, String targetGroup,
        @Schema(description = "What was said at the outreach contact") String said,
        String fullName, String phone) {}
