import type { ApiClient } from '@/lib/api/client';
import type { CompleteRequest, Referral, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { useReferralChange, type ReferralChangeInput } from './referral-change';

/** ACCEPTED or IN_PROGRESS -> COMPLETED with the outcome the sender will see, by the receiver. */
export async function completeReferral(
  client: ApiClient,
  { id, etag, body }: ReferralChangeInput<CompleteRequest>,
  idempotencyKey: string,
): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals/{id}/complete', {
      params: { path: { id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useCompleteReferral() {
  return useReferralChange('complete', completeReferral);
}
