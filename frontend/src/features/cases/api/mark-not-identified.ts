import type { ApiClient } from '@/lib/api/client';
import type { CaseView, NotIdentifiedRequest, Versioned } from '../types';
import { useCaseChange, type CaseChangeInput } from './case-change';
import { versionedCase } from './get-case';

/** UNDER_VERIFICATION -> NOT_IDENTIFIED, with the reason. */
export async function markNotIdentified(
  client: ApiClient,
  { id, etag, body }: CaseChangeInput<NotIdentifiedRequest>,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/cases/{id}/not-identified', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useMarkNotIdentified() {
  return useCaseChange(markNotIdentified);
}
