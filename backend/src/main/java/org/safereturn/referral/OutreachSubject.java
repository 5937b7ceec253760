package org.safereturn.referral;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a club shares with the receiver of a referral about an outreach contact (a person at risk
 * without a case): the outreach data, and a name and phone only with the person's consent to share them.
 */
@Schema(name = "ReferredOutreachContact", description = "The club's outreach contact as the club shares it; name and phone only with the person's consent")
public record OutreachSubject(String clubName, LocalDate contactedOn, String alias, String sex, String ageBand, String placeCode,
                              String targetGroup, String said, String fullName, String phone) {}
