package org.safereturn.club;

/** A member's or guest's sex, as recorded by the club. */
public enum Sex { FEMALE, MALE, OTHER }
