import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { Service, ServiceListParams } from '../types';
import { directoryKeys } from './query-keys';

export async function getServices(
  client: ApiClient,
  params: ServiceListParams,
  signal?: AbortSignal,
): Promise<Page<Service>> {
  const body = dataOf(await client.GET('/api/v1/services', { params: { query: withoutEmpty(params) }, signal }));
  return toPage(body, params);
}

export function getServicesQueryOptions(client: ApiClient, params: ServiceListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: directoryKeys.serviceList(query),
    queryFn: ({ signal }) => getServices(client, query, signal),
  });
}

export function useServices(params: ServiceListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...getServicesQueryOptions(useApiClient(), params),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}
