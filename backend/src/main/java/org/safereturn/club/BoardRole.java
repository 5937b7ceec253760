package org.safereturn.club;

/** A seat on a club's board (ban chủ nhiệm): head, deputy head, outreach worker. */
public enum BoardRole { HEAD, DEPUTY_HEAD, OUTREACH_WORKER }
