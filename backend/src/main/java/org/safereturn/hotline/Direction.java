package org.safereturn.hotline;

/** Whether the caller reached us or we called out (callbacks, follow-ups). */
public enum Direction { INBOUND, OUTBOUND }
