/**
 * Query keys of a case's support plan, under the case's own keys so that whatever refreshes the
 * whole case refreshes them too. (Beside query-keys.ts rather than in it, which other tabs share.)
 */
export const supportKeys = {
  entitlements: (caseId: string) => ['cases', 'entitlements', caseId] as const,
  /** The entitlements follow the case's facts (identification, persons): a new version asks again. */
  entitlementsOf: (caseId: string, version: number | undefined) => ['cases', 'entitlements', caseId, version ?? 0] as const,
  deliveries: (caseId: string) => ['cases', 'supports', caseId] as const,
};
