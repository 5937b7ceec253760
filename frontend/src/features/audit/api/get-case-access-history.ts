import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { toPage } from '@/lib/api/page';
import { auditKeys } from './query-keys';

/** Who read, changed or printed one case, newest first; reading it is audited by the server. */
export function useCaseAccessHistory(caseId: string, page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...auditKeys.all, 'case', caseId, { page, size }],
    queryFn: async ({ signal }) =>
      toPage(
        dataOf(await client.GET('/api/v1/cases/{id}/access-history', { params: { path: { id: caseId }, query: { page, size } }, signal })),
        { page, size },
      ),
    placeholderData: keepPreviousData,
  });
}
