import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { isApiProblem } from '@/lib/api/problem';
import type { ReferralAct } from '../transitions';
import type { Referral, Versioned } from '../types';
import { referralKeys } from './query-keys';

/** A step of a referral: which one, the ETag last read (If-Match; 412 when stale) and the body. */
export interface ReferralChangeInput<Body> {
  id: string;
  etag: string;
  body: Body;
}

export type ReferralChangeCall<Body> = (
  client: ApiClient,
  input: ReferralChangeInput<Body>,
  idempotencyKey: string,
) => Promise<Versioned<Referral>>;

/** Whether a failed step lost a race: someone acted first (409) or changed the referral since it was read (412). */
export function isRace(error: unknown): boolean {
  return isApiProblem(error) && (error.status === 409 || error.status === 412);
}

/**
 * The mutation shared by the steps. The Idempotency-Key belongs to one user action: the same step
 * with the same body on the same version (a retry after a lost answer) reuses it; anything else,
 * such as a second reminder once the first changed the version, gets a fresh one. The answered
 * referral replaces the cached one; after a lost race the referral is read again.
 */
export function useReferralChange<Body>(act: ReferralAct, call: ReferralChangeCall<Body>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: ReferralChangeInput<Body>) => call(client, input, keyFor({ act, ...input })),
    onSuccess: (changed, { id }) => {
      queryClient.setQueryData(referralKeys.detail(id), changed);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.lists }),
        // A step adds to the case's timeline, cached under the cases' own key.
        changed.data.caseId ? queryClient.invalidateQueries({ queryKey: ['cases', 'timeline', changed.data.caseId] }) : null,
      ]);
    },
    onError: (error, { id }) =>
      isRace(error)
        ? Promise.all([
            queryClient.invalidateQueries({ queryKey: referralKeys.detail(id) }),
            queryClient.invalidateQueries({ queryKey: referralKeys.lists }),
          ])
        : undefined,
  });
}

/** The mutation of one step, as its button or dialog drives it. */
export type ReferralChangeMutation<Body> = ReturnType<typeof useReferralChange<Body>>;
