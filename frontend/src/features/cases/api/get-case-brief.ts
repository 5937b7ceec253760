import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { CaseBrief } from '../types';
import { caseKeys } from './query-keys';

export async function getCaseBrief(client: ApiClient, id: string, signal?: AbortSignal): Promise<CaseBrief> {
  return dataOf(await client.GET('/api/v1/case-briefs/{id}', { params: { path: { id } }, signal }));
}

/** A case found by its exact number: the only search hotline operators have. */
export async function findCaseBrief(client: ApiClient, number: string, signal?: AbortSignal): Promise<CaseBrief> {
  return dataOf(await client.GET('/api/v1/case-briefs', { params: { query: { number } }, signal }));
}

export function getCaseBriefQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: caseKeys.brief(id),
    queryFn: ({ signal }) => getCaseBrief(client, id, signal),
  });
}

export function useCaseBrief(id: string) {
  return useQuery(getCaseBriefQueryOptions(useApiClient(), id));
}
