import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import type { Service, Versioned } from '../types';
import { directoryKeys } from './query-keys';

export async function getService(client: ApiClient, id: string, signal?: AbortSignal): Promise<Versioned<Service>> {
  const result = await client.GET('/api/v1/services/{id}', { params: { path: { id } }, signal });
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

export function getServiceQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: directoryKeys.service(id),
    queryFn: ({ signal }) => getService(client, id, signal),
  });
}

export function useService(id: string) {
  return useQuery(getServiceQueryOptions(useApiClient(), id));
}
