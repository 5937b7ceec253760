package org.safereturn.club;

/** A club meeting is planned until the club records it as held. */
public enum MeetingStatus { PLANNED, HELD }
