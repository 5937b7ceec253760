package org.safereturn.club;

/** How a member took part in a held meeting. */
public enum AttendanceStatus { PRESENT, ABSENT, EXCUSED, LATE }
