import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { careKeys } from './care-keys';
import type { RiskAssessment } from './care-types';

/** The case's risk assessments, newest first (by when they were made). */
export async function getRiskAssessments(client: ApiClient, caseId: string, signal?: AbortSignal): Promise<RiskAssessment[]> {
  const body = dataOf(
    await client.GET('/api/v1/cases/{id}/risk-assessments', { params: { path: { id: caseId } }, signal }),
  );
  return body.items ?? [];
}

export function getRiskAssessmentsQueryOptions(client: ApiClient, caseId: string) {
  return queryOptions({
    queryKey: careKeys.riskAssessments(caseId),
    queryFn: ({ signal }) => getRiskAssessments(client, caseId, signal),
  });
}

export function useRiskAssessments(caseId: string) {
  return useQuery(getRiskAssessmentsQueryOptions(useApiClient(), caseId));
}
