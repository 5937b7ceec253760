package org.safereturn.hotline;

/** A callback is scheduled, then done (reached or not) or cancelled. */
public enum CallbackStatus { SCHEDULED, REACHED, NOT_REACHED, CANCELLED }
