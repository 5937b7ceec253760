import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import type { Note } from '../types';
import { caseKeys } from './query-keys';

interface PageParams {
  page: number;
  size: number;
}

export async function getNotes(
  client: ApiClient,
  id: string,
  params: PageParams,
  signal?: AbortSignal,
): Promise<Page<Note>> {
  const body = dataOf(await client.GET('/api/v1/cases/{id}/notes', { params: { path: { id }, query: params }, signal }));
  return toPage(body, params);
}

export function getNotesQueryOptions(client: ApiClient, id: string, params: PageParams) {
  return queryOptions({
    queryKey: caseKeys.notesPage(id, params),
    queryFn: ({ signal }) => getNotes(client, id, params, signal),
  });
}

export function useNotes(id: string, params: PageParams) {
  return useQuery({ ...getNotesQueryOptions(useApiClient(), id, params), placeholderData: keepPreviousData });
}
