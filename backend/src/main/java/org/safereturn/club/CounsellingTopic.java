package org.safereturn.club;

/** What livelihood counselling was about. */
public enum CounsellingTopic {
    VOCATIONAL_TRAINING, JOB_PLACEMENT, SMALL_BUSINESS, LOAN_AND_CREDIT, AGRICULTURE, SAFE_LABOUR_MIGRATION, OTHER
}
