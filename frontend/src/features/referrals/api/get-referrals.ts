import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { ReferralListParams, ReferralSummary } from '../types';
import { referralKeys } from './query-keys';

/** The inbox (`incoming`, never drafts) or outbox (`outgoing`) of the caller's organization. */
export async function getReferrals(
  client: ApiClient,
  params: ReferralListParams,
  signal?: AbortSignal,
): Promise<Page<ReferralSummary>> {
  const body = dataOf(await client.GET('/api/v1/referrals', { params: { query: params }, signal }));
  return toPage(body, params);
}

export function getReferralsQueryOptions(client: ApiClient, params: ReferralListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: referralKeys.list(query),
    queryFn: ({ signal }) => getReferrals(client, query, signal),
  });
}

export function useReferrals(params: ReferralListParams) {
  return useQuery({ ...getReferralsQueryOptions(useApiClient(), params), placeholderData: keepPreviousData });
}
