import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { isApiProblem } from '@/lib/api/problem';
import type { Referral, ReferralRequest, Versioned } from '../types';
import { versionedReferral } from './get-referral';
import { referralKeys } from './query-keys';
import { sendReferral } from './send-referral';

/**
 * Refers a case: a DRAFT the receiver does not see yet. Sharing groups the consent does not cover
 * is 409 referral.consent-missing, unless a supervisor adds an emergency override; a closed case
 * is 409 referral.case-closed.
 */
export async function createReferral(client: ApiClient, body: ReferralRequest, idempotencyKey: string): Promise<Versioned<Referral>> {
  return versionedReferral(
    await client.POST('/api/v1/referrals', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
  );
}

export interface CreateReferralInput {
  body: ReferralRequest;
  /** "Save and send": send the draft at once. */
  send: boolean;
}

export interface CreateReferralResult {
  /** The referral as last answered: the draft, or the sent referral. */
  referral: Versioned<Referral>;
  /** Set when the draft was saved but sending it failed; the draft stays for a later send. */
  sendError?: unknown;
}

/**
 * Creates the draft and, for "save and send", sends it. Trying again with the same form (after a
 * lost answer or a failed send) reuses the creation's Idempotency-Key, so the server answers the
 * draft it made the first time instead of making a second one, and only the send is repeated.
 */
export function useCreateReferral() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const createKeyFor = useIdempotencyKey();
  const sendKeyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: async ({ body, send }: CreateReferralInput): Promise<CreateReferralResult> => {
      const created = await createReferral(client, body, createKeyFor(body));
      const id = created.data.id;
      if (!send || !id || created.data.status !== 'DRAFT') return { referral: created };
      try {
        const input = { id, etag: created.etag, body: {} };
        return { referral: await sendReferral(client, input, sendKeyFor({ act: 'send', ...input })) };
      } catch (sendError) {
        return { referral: created, sendError };
      }
    },
    onSuccess: ({ referral }, { body }) => {
      if (referral.data.id) queryClient.setQueryData(referralKeys.detail(referral.data.id), referral);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.lists }),
        queryClient.invalidateQueries({ queryKey: ['cases', 'timeline', body.caseId] }),
      ]);
    },
    // The consent may have changed since the form read it: read it again to show what it covers now.
    onError: (error, { body }) =>
      isApiProblem(error) && error.code === 'referral.consent-missing'
        ? queryClient.invalidateQueries({ queryKey: referralKeys.caseConsents(body.caseId) })
        : undefined,
  });
}
