import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { Organization, OrganizationListParams } from '../types';
import { directoryKeys } from './query-keys';

export async function getOrganizations(
  client: ApiClient,
  params: OrganizationListParams,
  signal?: AbortSignal,
): Promise<Page<Organization>> {
  const body = dataOf(await client.GET('/api/v1/organizations', { params: { query: withoutEmpty(params) }, signal }));
  return toPage(body, params);
}

export function getOrganizationsQueryOptions(client: ApiClient, params: OrganizationListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: directoryKeys.organizationList(query),
    queryFn: ({ signal }) => getOrganizations(client, query, signal),
  });
}

export function useOrganizations(params: OrganizationListParams) {
  return useQuery({ ...getOrganizationsQueryOptions(useApiClient(), params), placeholderData: keepPreviousData });
}
