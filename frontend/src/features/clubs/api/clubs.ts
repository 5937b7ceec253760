import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { toPage } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { ClubListParams } from '../types';
import { clubKeys } from './query-keys';

/** The clubs the caller reaches, with their activity: the province overview, or a coordinator's own club. */
export function useClubs(params: ClubListParams) {
  const client = useApiClient();
  const query = withoutEmpty(params);
  return useQuery({
    queryKey: clubKeys.list(query),
    queryFn: async ({ signal }) => toPage(dataOf(await client.GET('/api/v1/clubs', { params: { query }, signal })), query),
    placeholderData: keepPreviousData,
  });
}

/** One club with its board, members by group, this month's meeting and the steps the caller may take. */
export function useClub(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: clubKeys.club(id),
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/clubs/{id}', { params: { path: { id } }, signal })),
  });
}

/** The topics a meeting may cover, in their order: reference data, kept for the session. */
export function useMeetingTopics() {
  const client = useApiClient();
  return useQuery({
    queryKey: clubKeys.topics,
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/club-meeting-topics', { signal })),
    staleTime: Infinity,
  });
}

/** The clubs reached in one year, as counts: meetings per month and members by group. */
export function useClubOverview(year: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...clubKeys.all, 'overview', year] as const,
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/clubs/overview', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}
