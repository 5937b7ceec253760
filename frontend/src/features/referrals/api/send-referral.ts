import type { ApiClient } from '@/lib/api/client';
import type { NoteRequest, Referral, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { useReferralChange, type ReferralChangeInput } from './referral-change';

/** DRAFT -> SENT, by the sender; the answer falls due by urgency, and the consent is checked again. */
export async function sendReferral(
  client: ApiClient,
  { id, etag, body }: ReferralChangeInput<NoteRequest>,
  idempotencyKey: string,
): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals/{id}/send', {
      params: { path: { id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useSendReferral() {
  return useReferralChange('send', sendReferral);
}
