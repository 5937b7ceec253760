import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';

/** The caller's own cases still waiting for their verification, the nearest deadline first (the first ten). */
export function useMyCases(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['home', 'my-cases'],
    queryFn: async ({ signal }) =>
      dataOf(
        await client.POST('/api/v1/cases/search', {
          body: { view: 'mine', awaitingVerification: true, sort: 'verificationDueAt,asc', size: 10 },
          signal,
        }),
      ),
    enabled,
  });
}

/** Organizations an admin should look at: the inactive ones (the first ten). */
export function useInactiveOrganizations(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['home', 'inactive-organizations'],
    queryFn: async ({ signal }) =>
      dataOf(await client.GET('/api/v1/organizations', { params: { query: { status: 'INACTIVE', size: 10 } }, signal })),
    enabled,
  });
}
