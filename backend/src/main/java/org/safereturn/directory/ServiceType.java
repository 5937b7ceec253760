package org.safereturn.directory;

/** The supports of Art. 37 of the 2024 law (DOMAIN.md's SupportService), plus counselling and hotlines. */
public enum ServiceType {
    ESSENTIAL_NEEDS, MEDICAL, INTERPRETATION, LEGAL_INFORMATION, LEGAL_AID, TRAVEL, PSYCHOLOGICAL,
    SCHOOLING, VOCATIONAL_AND_JOB, INITIAL_HARDSHIP_ALLOWANCE, LOAN, HEALTH_INSURANCE, SHELTER_STAY,
    COUNSELLING, HOTLINE
}
