import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { Stay, StayListParams } from '../types';
import { shelterKeys } from './query-keys';

/** Stays in the organization's rooms, newest check-in first, by room and whether they are current. */
export async function getStays(client: ApiClient, params: StayListParams, signal?: AbortSignal): Promise<Page<Stay>> {
  const body = dataOf(await client.GET('/api/v1/shelter/stays', { params: { query: params }, signal }));
  return toPage(body, params);
}

export function getStaysQueryOptions(client: ApiClient, params: StayListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: shelterKeys.stays(query),
    queryFn: ({ signal }) => getStays(client, query, signal),
  });
}

export function useStays(params: StayListParams) {
  return useQuery({ ...getStaysQueryOptions(useApiClient(), params), placeholderData: keepPreviousData });
}
