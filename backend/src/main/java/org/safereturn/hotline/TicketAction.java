package org.safereturn.hotline;

/** What the operator did during or after the contact. */
public enum TicketAction { COUNSELLING, ADVICE_GIVEN, INFORMATION_PROVIDED, REFERRED_TO_SERVICE, REPORTED_TO_POLICE, EMERGENCY_RESPONSE_CALLED, CALLBACK_SCHEDULED, INTAKE_OPENED }
