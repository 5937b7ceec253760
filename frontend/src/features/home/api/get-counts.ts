import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type HomeCounts = components['schemas']['HomeCounts'];

/** How often the counts are asked again while a page is open: the navigation's badges follow without a reload. */
export const COUNTS_REFRESH_MS = 60_000;

/** What waits for the caller's organization; only asked for the roles that have such lists. */
export function useCounts(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['home', 'counts'],
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/me/counts', { signal })),
    enabled,
    refetchInterval: COUNTS_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
