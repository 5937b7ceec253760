import type { ApiClient } from '@/lib/api/client';
import type { CancelRequest, Referral, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { useReferralChange, type ReferralChangeInput } from './referral-change';

/** Any status before completion -> CANCELLED with a reason, by the sender. */
export async function cancelReferral(
  client: ApiClient,
  { id, etag, body }: ReferralChangeInput<CancelRequest>,
  idempotencyKey: string,
): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals/{id}/cancel', {
      params: { path: { id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useCancelReferral() {
  return useReferralChange('cancel', cancelReferral);
}
