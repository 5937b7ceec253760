import type { ApiClient } from '@/lib/api/client';
import type { CaseView, ReasonRequest, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/** CLOSED -> the status before closing, with a reason (supervisors). */
export async function reopenCase(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<ReasonRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/reopen', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useReopenCase() {
  return useCaseChange(reopenCase);
}
