import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import type { Referral, Versioned } from '../types';
import { referralKeys } from './query-keys';

/** A referral as the API answers it, with the ETag to send in If-Match when taking a step. */
export function versionedReferral(result: { data?: Referral; response: Response }): Versioned<Referral> {
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

/** A referral with its history and the part of the case shared with the receiver (audited). */
export async function getReferral(client: ApiClient, id: string, signal?: AbortSignal): Promise<Versioned<Referral>> {
  return versionedReferral(await client.GET('/api/v1/referrals/{id}', { params: { path: { id } }, signal }));
}

export function getReferralQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: referralKeys.detail(id),
    queryFn: ({ signal }) => getReferral(client, id, signal),
  });
}

export function useReferral(id: string) {
  return useQuery(getReferralQueryOptions(useApiClient(), id));
}
