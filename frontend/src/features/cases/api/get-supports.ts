import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { supportKeys } from './support-keys';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type SupportDeliveryList = Json<paths['/api/v1/cases/{id}/supports']['get']['responses'][200]>;
export type SupportDelivery = NonNullable<SupportDeliveryList['items']>[number];

/** The supports delivered to the persons of the case, newest first. */
export async function getSupports(client: ApiClient, caseId: string, signal?: AbortSignal): Promise<SupportDelivery[]> {
  const body = dataOf(await client.GET('/api/v1/cases/{id}/supports', { params: { path: { id: caseId } }, signal }));
  return body.items ?? [];
}

export function getSupportsQueryOptions(client: ApiClient, caseId: string) {
  return queryOptions({
    queryKey: supportKeys.deliveries(caseId),
    queryFn: ({ signal }) => getSupports(client, caseId, signal),
  });
}

export function useSupports(caseId: string) {
  return useQuery(getSupportsQueryOptions(useApiClient(), caseId));
}
