import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { CaseHit, CaseSearchParams } from '../types';
import { shelterKeys } from './query-keys';

/** How many cases a search shows; a worker narrows a longer list by typing more. */
export const CASE_SEARCH_SIZE = 10;

export interface CaseSearchResult {
  items: CaseHit[];
  total: number;
}

/**
 * The organization's cases whose number, person's name or ID number match, for picking the case
 * of a check-in. The shelter's own call: features do not share hooks.
 */
export async function searchCases(client: ApiClient, query: CaseSearchParams, signal?: AbortSignal): Promise<CaseSearchResult> {
  // In the body: a name or an ID number never travels in a URL.
  const body = dataOf(await client.POST('/api/v1/cases/search', { body: query, signal }));
  const items = body.items ?? [];
  return { items, total: body.total ?? items.length };
}

export function searchCasesQueryOptions(client: ApiClient, q: string) {
  const query: CaseSearchParams = { q: q.trim(), view: 'organization', size: CASE_SEARCH_SIZE, sort: 'receivedAt,desc' };
  return queryOptions({
    queryKey: shelterKeys.caseSearch(query),
    queryFn: ({ signal }) => searchCases(client, query, signal),
  });
}

/** Runs once there is something to search for. */
export function useCaseSearch(q: string) {
  return useQuery({ ...searchCasesQueryOptions(useApiClient(), q), enabled: q.trim() !== '' });
}
