import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Console } from '../types';
import { hotlineKeys } from './query-keys';

/** The operator console: open tickets by urgency and deadline, callbacks due, mine, today's counts. */
export async function getConsole(client: ApiClient, signal?: AbortSignal): Promise<Console> {
  return dataOf(await client.GET('/api/v1/hotline/console', { signal }));
}

export function getConsoleQueryOptions(client: ApiClient) {
  return queryOptions({ queryKey: hotlineKeys.console, queryFn: ({ signal }) => getConsole(client, signal) });
}

/** Refreshed every half minute while the console is open, as calls keep coming. */
export function useConsole() {
  return useQuery({ ...getConsoleQueryOptions(useApiClient()), refetchInterval: 30_000 });
}
