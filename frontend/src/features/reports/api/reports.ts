import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { acceptAnyType } from '@/lib/files';
import type { Report, ReportParams } from '../types';

/** The reports the caller may ask for, with their dimensions: reference data, kept for the session. */
export function useReportCatalog() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['reports', 'catalog'] as const,
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/reports', { signal })),
    staleTime: Infinity,
  });
}

/** One report as JSON; nothing is asked for until a report and a period are chosen. */
export function useReport(name: string, params: ReportParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['reports', 'report', name, params] as const,
    enabled: !!name && (!!params.period || (!!params.from && !!params.to)),
    queryFn: async ({ signal }) =>
      dataOf(await client.GET('/api/reports/{name}', { params: { path: { name }, query: { ...params, format: 'json' } }, signal })) as Report,
    placeholderData: keepPreviousData,
  });
}

/** The same report as a file (CSV or XLSX), fetched with the bearer token. */
export function useDownloadReport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ name, params, format }: { name: string; params: ReportParams; format: 'csv' | 'xlsx' }) =>
      dataOf(
        await client.GET('/api/reports/{name}', {
          params: { path: { name }, query: { ...params, format } },
          parseAs: 'blob',
          middleware: [acceptAnyType],
        }),
      ) as unknown as Blob,
  });
}

/** Queues the report as a file made in the background (large reports); answers the export with its status. */
export function useQueueExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ name, params, format }: { name: string; params: ReportParams; format: 'csv' | 'xlsx' }) =>
      dataOf(
        await client.POST('/api/reports/exports', {
          body: {
            report: name,
            period: params.period,
            groupBy: params.groupBy,
            place: params.place,
            zeros: params.zeros,
            format,
          },
        }),
      ),
  });
}

/** Where a queued export stands, asked every second until it is ready, failed or expired. */
export function useExportStatus(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['reports', 'export', id] as const,
    enabled: !!id,
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/reports/exports/{id}', { params: { path: { id: id! } }, signal })),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'QUEUED' || status === 'RUNNING' || status === undefined ? 1000 : false;
    },
  });
}
