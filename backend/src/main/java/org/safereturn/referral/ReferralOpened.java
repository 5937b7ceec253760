package org.safereturn.referral;

import java.util.UUID;

/**
 * Fired inside the referral's transaction when it names the hotline ticket it comes from; an
 * observer that throws undoes the whole referral.
 */
public record ReferralOpened(UUID referralId, UUID caseId, UUID senderOrganizationId, UUID hotlineTicketId) {}
