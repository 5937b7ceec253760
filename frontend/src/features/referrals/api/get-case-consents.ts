import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Consent } from '../types';
import { referralKeys } from './query-keys';

/** The case's consent ledger (audited), to show what a referral may share with its receiver. */
export async function getCaseConsents(client: ApiClient, caseId: string, signal?: AbortSignal): Promise<Consent[]> {
  const body = dataOf(await client.GET('/api/v1/cases/{caseId}/consents', { params: { path: { caseId } }, signal }));
  return body.items ?? [];
}

export function getCaseConsentsQueryOptions(client: ApiClient, caseId: string) {
  return queryOptions({
    queryKey: referralKeys.caseConsents(caseId),
    queryFn: ({ signal }) => getCaseConsents(client, caseId, signal),
    // Read afresh each time the form opens: a consent recorded a moment ago must count.
    staleTime: 0,
  });
}

export function useCaseConsents(caseId: string) {
  return useQuery(getCaseConsentsQueryOptions(useApiClient(), caseId));
}
