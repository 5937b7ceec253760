package org.safereturn.cases;

import java.util.UUID;

/**
 * Fired inside the intake's transaction when an intake names the hotline ticket it comes from;
 * an observer that throws undoes the whole intake.
 */
public record IntakeOpened(UUID caseId, String caseNumber, UUID organizationId, UUID hotlineTicketId) {}
