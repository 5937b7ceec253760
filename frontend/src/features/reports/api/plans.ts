import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { acceptAnyType } from '@/lib/files';
import type { PlanProgress, PlanRequest, TargetRequest } from '../types';

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

/** A plan with its targets and the steps the caller may take on them. */
export function usePlan(planId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['plans', 'plan', planId] as const,
    enabled: !!planId,
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/plans/{id}', { params: { path: { id: planId } }, signal })),
  });
}

/** The indicators a target may be set for: reference data, kept for the session. */
export function useIndicators() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['plans', 'indicators'] as const,
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/indicators', { signal })),
    staleTime: Infinity,
  });
}

export function useCreatePlan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PlanRequest) => dataOf(await client.POST('/api/v1/plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** Adds a target, or changes one (with its version in If-Match, so that a concurrent change is not lost). */
export function useSaveTarget() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, targetId, version, body }: { planId: string; targetId?: string; version?: number; body: TargetRequest }) =>
      targetId
        ? dataOf(
            await client.PUT('/api/v1/plans/{planId}/targets/{targetId}', {
              params: { path: { planId, targetId }, header: { 'If-Match': `"${version ?? 0}"` } },
              body,
            }),
          )
        : dataOf(await client.POST('/api/v1/plans/{planId}/targets', { params: { path: { planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}

export function useRemoveTarget() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    // A refusal is thrown by the client's middleware as problem details.
    mutationFn: async ({ planId, targetId, version }: { planId: string; targetId: string; version?: number }) => {
      await client.DELETE('/api/v1/plans/{planId}/targets/{targetId}', {
        params: { path: { planId, targetId }, header: { 'If-Match': `"${version ?? 0}"` } },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
