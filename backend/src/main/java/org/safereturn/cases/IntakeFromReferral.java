package org.safereturn.cases;

import java.util.UUID;

/**
 * Fired inside the intake's transaction when an intake is opened from a club's referral; an
 * observer that throws undoes the whole intake.
 */
public record IntakeFromReferral(UUID caseId, UUID organizationId, UUID referralId) {}
