import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import type { TimelineEvent } from '../types';
import { caseKeys } from './query-keys';

interface PageParams {
  page: number;
  size: number;
}

/** Every event of the case, newest first. */
export async function getTimeline(
  client: ApiClient,
  id: string,
  params: PageParams,
  signal?: AbortSignal,
): Promise<Page<TimelineEvent>> {
  const body = dataOf(
    await client.GET('/api/v1/cases/{id}/timeline', { params: { path: { id }, query: params }, signal }),
  );
  return toPage(body, params);
}

export function getTimelineQueryOptions(client: ApiClient, id: string, params: PageParams) {
  return queryOptions({
    queryKey: caseKeys.timelinePage(id, params),
    queryFn: ({ signal }) => getTimeline(client, id, params, signal),
  });
}

export function useTimeline(id: string, params: PageParams) {
  return useQuery({ ...getTimelineQueryOptions(useApiClient(), id, params), placeholderData: keepPreviousData });
}
