package org.safereturn.hotline;

/** How fast a ticket needs a response; the deadline per level is configuration. */
public enum TicketUrgency { EMERGENCY, HIGH, NORMAL, LOW }
