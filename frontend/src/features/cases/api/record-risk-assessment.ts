import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { careKeys } from './care-keys';
import type { RiskAssessment, RiskAssessmentRequest } from './care-types';
import { caseKeys } from './query-keys';

export interface RecordRiskAssessmentInput {
  caseId: string;
  body: RiskAssessmentRequest;
}

/**
 * Records a risk assessment and the measures decided with it; 409 case.closed on a closed case.
 * The contract does not list Idempotency-Key for this operation, so it goes as a plain header: a
 * server that honours it makes a retried click harmless.
 */
export async function recordRiskAssessment(
  client: ApiClient,
  { caseId, body }: RecordRiskAssessmentInput,
  idempotencyKey: string,
): Promise<RiskAssessment> {
  return dataOf(
    await client.POST('/api/v1/cases/{id}/risk-assessments', {
      params: { path: { id: caseId } },
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

export function useRecordRiskAssessment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: RecordRiskAssessmentInput) => recordRiskAssessment(client, input, keyFor(input)),
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: careKeys.riskAssessments(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
      ]),
  });
}
