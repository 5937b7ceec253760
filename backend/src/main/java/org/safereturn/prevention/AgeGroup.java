package org.safereturn.prevention;

/** Children (under 16, as the Law on Children counts them), adults, or not told. */
public enum AgeGroup { CHILDREN, ADULTS, UNKNOWN }
