import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { TicketListParams, TicketSummary } from '../types';
import { hotlineKeys } from './query-keys';

/** A page of the organization's tickets (no personal data). */
export async function getTickets(client: ApiClient, params: TicketListParams, signal?: AbortSignal): Promise<Page<TicketSummary>> {
  const body = dataOf(await client.POST('/api/v1/hotline/tickets/search', { body: params, signal }));
  return toPage(body, params);
}

export function getTicketsQueryOptions(client: ApiClient, params: TicketListParams) {
  const query = withoutEmpty(params);
  return queryOptions({ queryKey: hotlineKeys.list(query), queryFn: ({ signal }) => getTickets(client, query, signal) });
}

export function useTickets(params: TicketListParams) {
  return useQuery({ ...getTicketsQueryOptions(useApiClient(), params), placeholderData: keepPreviousData });
}
