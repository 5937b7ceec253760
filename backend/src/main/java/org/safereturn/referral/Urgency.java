package org.safereturn.referral;

/** How soon the receiving organization must answer a referral. */
public enum Urgency { ROUTINE, URGENT, EMERGENCY }
