import type { ApiClient } from '@/lib/api/client';
import type { DeclineRequest, Referral, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { useReferralChange, type ReferralChangeInput } from './referral-change';

/** SENT -> DECLINED with a reason, by the receiver. */
export async function declineReferral(
  client: ApiClient,
  { id, etag, body }: ReferralChangeInput<DeclineRequest>,
  idempotencyKey: string,
): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals/{id}/decline', {
      params: { path: { id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useDeclineReferral() {
  return useReferralChange('decline', declineReferral);
}
