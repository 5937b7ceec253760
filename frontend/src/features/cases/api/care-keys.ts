/**
 * Query keys of a case's protection, follow-up and documents, under the case's own keys so that
 * whatever refreshes the whole case refreshes them too. (Beside query-keys.ts, which other tabs share.)
 */
export const careKeys = {
  riskAssessments: (caseId: string) => ['cases', 'risk-assessments', caseId] as const,
  followUpVisits: (caseId: string) => ['cases', 'follow-up-visits', caseId] as const,
  documents: (caseId: string) => ['cases', 'documents', caseId] as const,
};
