import type { ApiClient } from '@/lib/api/client';
import type { CaseView, NoteRequest, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/** IDENTIFIED (or NOT_IDENTIFIED when the category allows) -> SUPPORTING. */
export async function startSupport(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<NoteRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/start-support', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useStartSupport() {
  return useCaseChange(startSupport);
}
