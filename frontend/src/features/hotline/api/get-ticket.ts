import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import type { Ticket, Versioned } from '../types';
import { hotlineKeys } from './query-keys';

/** A ticket as the API answers it, with the ETag to send in If-Match when changing it. */
export function versionedTicket(result: { data?: Ticket; response: Response }): Versioned<Ticket> {
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

/** One ticket with its callbacks, the caller's flags and earlier contacts (audited). */
export async function getTicket(client: ApiClient, id: string, signal?: AbortSignal): Promise<Versioned<Ticket>> {
  return versionedTicket(await client.GET('/api/v1/hotline/tickets/{id}', { params: { path: { id } }, signal }));
}

export function getTicketQueryOptions(client: ApiClient, id: string) {
  return queryOptions({ queryKey: hotlineKeys.detail(id), queryFn: ({ signal }) => getTicket(client, id, signal) });
}

export function useTicket(id: string) {
  return useQuery(getTicketQueryOptions(useApiClient(), id));
}
