import type { ApiClient } from '@/lib/api/client';
import type { CaseView, NoteRequest, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/** HANDED_OVER -> FOLLOW_UP. */
export async function followUpCase(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<NoteRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/follow-up', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useFollowUpCase() {
  return useCaseChange(followUpCase);
}
