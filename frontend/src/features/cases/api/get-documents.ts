import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { careKeys } from './care-keys';
import type { CaseDocument } from './care-types';

/** The case's documents without their content, newest first. */
export async function getDocuments(client: ApiClient, caseId: string, signal?: AbortSignal): Promise<CaseDocument[]> {
  const body = dataOf(await client.GET('/api/v1/cases/{id}/documents', { params: { path: { id: caseId } }, signal }));
  return body.items ?? [];
}

export function getDocumentsQueryOptions(client: ApiClient, caseId: string) {
  return queryOptions({
    queryKey: careKeys.documents(caseId),
    queryFn: ({ signal }) => getDocuments(client, caseId, signal),
  });
}

export function useDocuments(caseId: string) {
  return useQuery(getDocumentsQueryOptions(useApiClient(), caseId));
}
