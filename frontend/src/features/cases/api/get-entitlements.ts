import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { supportKeys } from './support-keys';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type CaseEntitlements = Json<paths['/api/v1/cases/{id}/entitlements']['get']['responses'][200]>;
export type PersonEntitlement = NonNullable<CaseEntitlements['persons']>[number];
export type EntitlementLine = NonNullable<PersonEntitlement['lines']>[number];
export type SupportType = NonNullable<EntitlementLine['type']>;

/** What each person of the case may get under Art. 37, line by line, with what was delivered. */
export async function getEntitlements(client: ApiClient, caseId: string, signal?: AbortSignal): Promise<PersonEntitlement[]> {
  const body = dataOf(await client.GET('/api/v1/cases/{id}/entitlements', { params: { path: { id: caseId } }, signal }));
  return body.persons ?? [];
}

export function getEntitlementsQueryOptions(client: ApiClient, caseId: string, caseVersion: number | undefined) {
  return queryOptions({
    queryKey: supportKeys.entitlementsOf(caseId, caseVersion),
    queryFn: ({ signal }) => getEntitlements(client, caseId, signal),
  });
}

/** The case's entitlements, asked again whenever the case's version changes. */
export function useEntitlements(caseId: string, caseVersion: number | undefined) {
  return useQuery(getEntitlementsQueryOptions(useApiClient(), caseId, caseVersion));
}
