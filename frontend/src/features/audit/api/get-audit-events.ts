import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { AuditEvent, AuditListParams } from '../types';
import { auditKeys } from './query-keys';

/** Audit events, newest first, filtered by record, actor, action and time. */
export async function getAuditEvents(
  client: ApiClient,
  params: AuditListParams,
  signal?: AbortSignal,
): Promise<Page<AuditEvent>> {
  const body = dataOf(await client.GET('/api/v1/audit', { params: { query: withoutEmpty(params) }, signal }));
  return toPage(body, params);
}

export function getAuditEventsQueryOptions(client: ApiClient, params: AuditListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => getAuditEvents(client, query, signal),
  });
}

export function useAuditEvents(params: AuditListParams) {
  return useQuery({ ...getAuditEventsQueryOptions(useApiClient(), params), placeholderData: keepPreviousData });
}
