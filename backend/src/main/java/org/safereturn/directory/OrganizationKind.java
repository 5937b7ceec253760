package org.safereturn.directory;

/** What kind of body an organization is. */
public enum OrganizationKind {
    STATE_AGENCY, POLICE, BORDER_GUARD, SOCIAL_WORK_CENTRE, SHELTER, CHILD_PROTECTION_FACILITY,
    MASS_ORGANIZATION, PEOPLES_COMMITTEE, NGO, INTERNATIONAL_ORGANIZATION, CLUB, OTHER
}
