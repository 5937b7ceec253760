package org.safereturn.hotline;

/** The sex of the person concerned, as far as the caller knows it. */
public enum ConcernedSex { FEMALE, MALE, OTHER, UNKNOWN }
