package org.safereturn.cases;

/** DOMAIN.md's groups of persons a case may be about (nhóm đối tượng). */
public enum CaseCategory { VICTIM, PRESUMED_VICTIM, AT_RISK, RETURNED_MIGRANT, PROSPECTIVE_MIGRANT_WORKER, RELATIVE }
