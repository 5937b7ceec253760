import type { ApiClient } from '@/lib/api/client';
import type { CaseView, NoteRequest, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/** OPEN -> UNDER_VERIFICATION: verification with the provincial police starts. */
export async function verifyCase(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<NoteRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/verify', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useVerifyCase() {
  return useCaseChange(verifyCase);
}
