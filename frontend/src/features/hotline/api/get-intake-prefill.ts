import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import type { IntakePrefill } from '../types';
import { hotlineKeys } from './query-keys';

/** An intake form filled from the ticket (audited: it holds the person's name). */
export function useIntakePrefill(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: hotlineKeys.prefill(id),
    queryFn: async ({ signal }): Promise<IntakePrefill> =>
      dataOf(await client.GET('/api/v1/hotline/tickets/{id}/intake-prefill', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}
