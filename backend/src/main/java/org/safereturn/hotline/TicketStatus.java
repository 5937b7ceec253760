package org.safereturn.hotline;

/** The lifecycle of DOMAIN.md: NEW → TRIAGED → ASSIGNED → IN_PROGRESS → RESOLVED → CLOSED, with ESCALATED. */
public enum TicketStatus { NEW, TRIAGED, ASSIGNED, IN_PROGRESS, RESOLVED, ESCALATED, CLOSED }
