package org.safereturn.prevention;

/** The officers a province trains to prevent trafficking and support victims, by what they do. */
public enum StaffRole {
    SOCIAL_WORKER, POLICE_OFFICER, BORDER_GUARD, WOMENS_UNION_OFFICER, COMMUNE_OFFICIAL, HEALTH_WORKER, TEACHER,
    LABOUR_OFFICER, CLUB_BOARD_MEMBER, OTHER
}
