package org.safereturn.club;

/** CTDC's broad age bands (REPORTS.md), so that outreach reports in the standard's terms. */
public enum AgeBand { AGE_0_8, AGE_9_17, AGE_18_20, AGE_21_23, AGE_24_26, AGE_27_29, AGE_30_38, AGE_39_47, AGE_48_PLUS, UNKNOWN }
