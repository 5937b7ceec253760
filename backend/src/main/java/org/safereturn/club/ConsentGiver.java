package org.safereturn.club;

/** Who agreed that the club keeps a member's data: the member, or their guardian for a child. */
public enum ConsentGiver { SELF, GUARDIAN }
