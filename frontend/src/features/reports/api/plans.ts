import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { acceptAnyType } from '@/lib/files';
import type { PlanProgress } from '../types';

/** The plans the caller may read for a year: their organization's, or every one for analysts. */
export function usePlans(year: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['plans', 'list', year] as const,
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/plans', { params: { query: { year, size: 100 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A plan's targets against the actuals counted now. */
export function usePlanProgress(planId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['plans', 'progress', planId] as const,
    enabled: !!planId,
    queryFn: async ({ signal }) =>
      dataOf(
        await client.GET('/api/v1/plans/{planId}/progress', { params: { path: { planId }, query: { format: 'json' } }, signal }),
      ) as PlanProgress,
  });
}

/** The same progress as a file (CSV or XLSX), fetched with the bearer token. */
export function useDownloadProgress() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ planId, format }: { planId: string; format: 'csv' | 'xlsx' }) =>
      dataOf(
        await client.GET('/api/v1/plans/{planId}/progress', {
          params: { path: { planId }, query: { format } },
          parseAs: 'blob',
          middleware: [acceptAnyType],
        }),
      ) as unknown as Blob,
  });
}
