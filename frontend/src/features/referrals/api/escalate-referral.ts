import type { ApiClient } from '@/lib/api/client';
import type { NoteRequest, Referral, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { useReferralChange, type ReferralChangeInput } from './referral-change';

/** Reminds the receiver of an unanswered referral (it stays SENT), by the sender. */
export async function escalateReferral(
  client: ApiClient,
  { id, etag, body }: ReferralChangeInput<NoteRequest>,
  idempotencyKey: string,
): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals/{id}/escalate', {
      params: { path: { id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useEscalateReferral() {
  return useReferralChange('escalate', escalateReferral);
}
