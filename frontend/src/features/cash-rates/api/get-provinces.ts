import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Place } from '../types';
import { cashRateKeys } from './query-keys';

/** The provinces and centrally-run cities (34 since 2025): the places without a parent, by name. */
export async function getProvinces(client: ApiClient, signal?: AbortSignal): Promise<Place[]> {
  const body = dataOf(await client.GET('/api/v1/places', { params: { query: { size: 200, sort: 'nameVi,asc' } }, signal }));
  return body.items ?? [];
}

export function getProvincesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: cashRateKeys.provinces,
    queryFn: ({ signal }) => getProvinces(client, signal),
    staleTime: 60 * 60_000,
  });
}

export function useProvinces() {
  return useQuery(getProvincesQueryOptions(useApiClient()));
}
