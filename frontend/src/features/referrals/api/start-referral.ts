import type { ApiClient } from '@/lib/api/client';
import type { NoteRequest, Referral, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { useReferralChange, type ReferralChangeInput } from './referral-change';

/** ACCEPTED -> IN_PROGRESS, by the receiver. */
export async function startReferral(
  client: ApiClient,
  { id, etag, body }: ReferralChangeInput<NoteRequest>,
  idempotencyKey: string,
): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals/{id}/start', {
      params: { path: { id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useStartReferral() {
  return useReferralChange('start', startReferral);
}
