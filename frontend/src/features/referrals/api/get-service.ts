import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Service } from '../types';
import { referralKeys } from './query-keys';

/** The directory's service a referral asks for, to name it. */
export async function getService(client: ApiClient, id: string, signal?: AbortSignal): Promise<Service> {
  return dataOf(await client.GET('/api/v1/services/{id}', { params: { path: { id } }, signal }));
}

export function getServiceQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: referralKeys.service(id),
    queryFn: ({ signal }) => getService(client, id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useService(id: string | undefined) {
  return useQuery({ ...getServiceQueryOptions(useApiClient(), id ?? ''), enabled: !!id });
}
