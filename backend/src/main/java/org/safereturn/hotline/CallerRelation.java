package org.safereturn.hotline;

/** Who the caller is to the person concerned. */
public enum CallerRelation { SELF, PARENT, OTHER_RELATIVE, SPOUSE_OR_PARTNER, FRIEND, NEIGHBOUR, TEACHER, OFFICIAL, NGO_WORKER, OTHER, UNKNOWN }
