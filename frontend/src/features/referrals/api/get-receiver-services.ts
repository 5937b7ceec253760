import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Service } from '../types';
import { referralKeys } from './query-keys';

/** The active services of an organization in the directory, by name: what a referral may ask it for. */
export async function getReceiverServices(client: ApiClient, organizationId: string, signal?: AbortSignal): Promise<Service[]> {
  const body = dataOf(
    await client.GET('/api/v1/services', {
      params: { query: { organizationId, status: 'ACTIVE', size: 200, sort: 'nameVi,asc' } },
      signal,
    }),
  );
  return body.items ?? [];
}

export function getReceiverServicesQueryOptions(client: ApiClient, organizationId: string) {
  return queryOptions({
    queryKey: referralKeys.services(organizationId),
    queryFn: ({ signal }) => getReceiverServices(client, organizationId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useReceiverServices(organizationId: string) {
  return useQuery({ ...getReceiverServicesQueryOptions(useApiClient(), organizationId), enabled: !!organizationId });
}
