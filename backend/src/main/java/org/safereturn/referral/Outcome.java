package org.safereturn.referral;

/** What the receiving organization reports when it completes a referral. */
public enum Outcome { SERVICE_PROVIDED, PARTIALLY, NOT_PROVIDED }
