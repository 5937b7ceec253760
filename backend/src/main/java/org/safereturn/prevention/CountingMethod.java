package org.safereturn.prevention;

/** How the people a campaign reached were counted, so that a report can weigh the figure. */
public enum CountingMethod { SIGN_IN_SHEET, HEADCOUNT, COPIES_DISTRIBUTED, PLATFORM_STATISTICS, ESTIMATE }
