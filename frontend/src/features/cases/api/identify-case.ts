import type { ApiClient } from '@/lib/api/client';
import type { CaseView, IdentifyRequest, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/**
 * UNDER_VERIFICATION -> IDENTIFIED (result VICTIM) or NOT_IDENTIFIED (NOT_VICTIM), with the
 * deciding authority and the CTDC variables.
 */
export async function identifyCase(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<IdentifyRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/identify', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useIdentifyCase() {
  return useCaseChange(identifyCase);
}
