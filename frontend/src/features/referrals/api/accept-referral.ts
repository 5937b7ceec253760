import type { ApiClient } from '@/lib/api/client';
import type { NoteRequest, Referral, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { useReferralChange, type ReferralChangeInput } from './referral-change';

/** SENT -> ACCEPTED, by the receiver. */
export async function acceptReferral(
  client: ApiClient,
  { id, etag, body }: ReferralChangeInput<NoteRequest>,
  idempotencyKey: string,
): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals/{id}/accept', {
      params: { path: { id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useAcceptReferral() {
  return useReferralChange('accept', acceptReferral);
}
