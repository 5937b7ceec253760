import { FIELD_GROUPS } from './enums';
import type { Consent, FieldGroup } from './types';

export interface ConsentCoverage {
  /** The groups the person's active consents share with the organization, in the usual order. */
  consented: FieldGroup[];
  /** The wanted groups no active consent covers: sharing them needs an emergency override. */
  missing: FieldGroup[];
}

/**
 * What the consent ledger lets a case share with an organization, as the backend decides it: the
 * union of the active SHARE_WITH_ORGANIZATION consents naming that organization (withdrawn and
 * expired ones are not active).
 */
export function consentCoverage(consents: readonly Consent[], organizationId: string, wanted: readonly FieldGroup[]): ConsentCoverage {
  const shared = new Set<FieldGroup>(
    consents
      .filter((c) => c.active && c.purpose === 'SHARE_WITH_ORGANIZATION' && c.organizationId === organizationId)
      .flatMap((c) => c.fieldGroups ?? []),
  );
  return {
    consented: FIELD_GROUPS.filter((group) => shared.has(group)),
    missing: FIELD_GROUPS.filter((group) => wanted.includes(group) && !shared.has(group)),
  };
}
