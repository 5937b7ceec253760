package org.safereturn.hotline;

/** How a contact ended. */
public enum TicketOutcome { ADVICE_GIVEN, REFERRED, CASE_OPENED, REPORTED_TO_POLICE, NO_ACTION_NEEDED, PRANK, SILENT_OR_DROPPED, WRONG_NUMBER }
