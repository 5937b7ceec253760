import type { ApiClient } from '@/lib/api/client';
import type { CaseView, HandoverRequest, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/** IDENTIFIED, NOT_IDENTIFIED or SUPPORTING -> HANDED_OVER to family, locality or an organization. */
export async function handOverCase(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<HandoverRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/handover', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useHandOverCase() {
  return useCaseChange(handOverCase);
}
