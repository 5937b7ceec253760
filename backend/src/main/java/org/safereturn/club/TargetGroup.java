package org.safereturn.club;

/** Why a person is a club member: the groups the law cares about, and the local helpers. */
public enum TargetGroup {
    VICTIM, RETURNED_ILLEGAL_MIGRANT, AT_RISK, PROSPECTIVE_MIGRANT_WORKER, RELATIVE_OF_VICTIM,
    SOCIAL_WORK_COLLABORATOR, NEIGHBOURHOOD_OFFICER, OTHER
}
