import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { CaseListParams, CaseSummary } from '../types';
import { caseKeys } from './query-keys';

export async function getCases(
  client: ApiClient,
  params: CaseListParams,
  signal?: AbortSignal,
): Promise<Page<CaseSummary>> {
  const body = dataOf(await client.POST('/api/v1/cases/search', { body: withoutEmpty(params), signal }));
  return toPage(body, params);
}

export function getCasesQueryOptions(client: ApiClient, params: CaseListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => getCases(client, query, signal),
  });
}

export function useCases(params: CaseListParams) {
  return useQuery({ ...getCasesQueryOptions(useApiClient(), params), placeholderData: keepPreviousData });
}
