package org.safereturn.hotline;

/** How a contact reached the line. */
public enum Channel { PHONE, ZALO, FACEBOOK, SMS, EMAIL, WALK_IN }
