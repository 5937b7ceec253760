import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Occupancy } from '../types';
import { shelterKeys } from './query-keys';

/** Every room of the caller's organization with the persons staying in it, and the totals. */
export async function getOccupancy(client: ApiClient, signal?: AbortSignal): Promise<Occupancy> {
  return dataOf(await client.GET('/api/v1/shelter/occupancy', { signal }));
}

export function getOccupancyQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: shelterKeys.occupancy,
    queryFn: ({ signal }) => getOccupancy(client, signal),
  });
}

export function useOccupancy() {
  return useQuery(getOccupancyQueryOptions(useApiClient()));
}
