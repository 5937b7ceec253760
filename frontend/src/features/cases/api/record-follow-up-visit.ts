import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { careKeys } from './care-keys';
import type { FollowUpVisit, FollowUpVisitRequest } from './care-types';
import { caseKeys } from './query-keys';

export interface RecordFollowUpVisitInput {
  caseId: string;
  body: FollowUpVisitRequest;
}

/**
 * Records a reintegration visit; only after handover (409 case.not-handed-over). The contract does
 * not list Idempotency-Key for this operation, so it goes as a plain header.
 */
export async function recordFollowUpVisit(
  client: ApiClient,
  { caseId, body }: RecordFollowUpVisitInput,
  idempotencyKey: string,
): Promise<FollowUpVisit> {
  return dataOf(
    await client.POST('/api/v1/cases/{id}/follow-up-visits', {
      params: { path: { id: caseId } },
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

export function useRecordFollowUpVisit() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: RecordFollowUpVisitInput) => recordFollowUpVisit(client, input, keyFor(input)),
    // The case carries the next visit due of its latest visit, so the visit changes the case (and
    // its version, the ETag of its next step) and the lists of due visits too.
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: careKeys.followUpVisits(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
      ]),
  });
}
