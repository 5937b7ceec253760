import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { ReferralStep } from '../types';
import { referralKeys } from './query-keys';

/** The comments of both sides on a referral, oldest first. */
export async function getReferralComments(client: ApiClient, id: string, signal?: AbortSignal): Promise<ReferralStep[]> {
  const body = dataOf(await client.GET('/api/v1/referrals/{id}/comments', { params: { path: { id } }, signal }));
  return body.items ?? [];
}

export function getReferralCommentsQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: referralKeys.comments(id),
    queryFn: ({ signal }) => getReferralComments(client, id, signal),
  });
}

export function useReferralComments(id: string) {
  return useQuery(getReferralCommentsQueryOptions(useApiClient(), id));
}
