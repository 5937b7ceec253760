package org.safereturn.prevention;

/** The sex of the people reached, as counted (UNKNOWN when a count did not tell). */
public enum ReachSex { FEMALE, MALE, UNKNOWN }
