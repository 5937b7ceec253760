import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Category, Line, StaffMember } from '../types';
import { hotlineKeys } from './query-keys';

export function getLinesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: hotlineKeys.lines,
    queryFn: async ({ signal }): Promise<Line[]> => dataOf(await client.GET('/api/v1/hotline/lines', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** The hotlines, by code. */
export function useLines() {
  return useQuery(getLinesQueryOptions(useApiClient()));
}

export function getCategoriesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: hotlineKeys.categories,
    queryFn: async ({ signal }): Promise<Category[]> => dataOf(await client.GET('/api/v1/hotline/categories', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** The taxonomy in order, with each category's keyboard shortcut. */
export function useCategories() {
  return useQuery(getCategoriesQueryOptions(useApiClient()));
}

/** Operators, social workers and supervisors of the organization: who may be assigned a ticket. */
export function useTicketHandlers(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: hotlineKeys.handlers,
    queryFn: async ({ signal }): Promise<StaffMember[]> =>
      dataOf(await client.GET('/api/v1/staff', { params: { query: { purpose: 'tickets' } }, signal })).items ?? [],
    enabled,
    staleTime: 60_000,
  });
}
