import type { ApiClient } from '@/lib/api/client';
import type { AssignRequest, CaseView, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/** Gives the case to a social worker or supervisor of its organization (supervisors). */
export async function assignCase(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<AssignRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/assign', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useAssignCase() {
  return useCaseChange(assignCase);
}
