import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { careKeys } from './care-keys';
import type { FollowUpVisit } from './care-types';

/** The case's reintegration follow-up visits, newest first. */
export async function getFollowUpVisits(client: ApiClient, caseId: string, signal?: AbortSignal): Promise<FollowUpVisit[]> {
  const body = dataOf(
    await client.GET('/api/v1/cases/{id}/follow-up-visits', { params: { path: { id: caseId } }, signal }),
  );
  return body.items ?? [];
}

export function getFollowUpVisitsQueryOptions(client: ApiClient, caseId: string) {
  return queryOptions({
    queryKey: careKeys.followUpVisits(caseId),
    queryFn: ({ signal }) => getFollowUpVisits(client, caseId, signal),
  });
}

export function useFollowUpVisits(caseId: string) {
  return useQuery(getFollowUpVisitsQueryOptions(useApiClient(), caseId));
}
