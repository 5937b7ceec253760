import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import type { CaseView, IntakeRequest, Versioned } from '../types';
import { versionedCase } from './get-case';
import { caseKeys } from './query-keys';

/** Records an intake, which opens a case; the answer lists possible duplicates, never merged. */
export async function createIntake(
  client: ApiClient,
  body: IntakeRequest,
  idempotencyKey: string,
): Promise<Versioned<CaseView>> {
  return versionedCase(
    await client.POST('/api/v1/intakes', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
  );
}

export function useCreateIntake() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    // A retry of the same body (after a lost answer) reuses the key: the server opens one case.
    mutationFn: (body: IntakeRequest) => createIntake(client, body, keyFor(body)),
    onSuccess: (created) => {
      if (created.data.id) queryClient.setQueryData(caseKeys.detail(created.data.id), created);
      return queryClient.invalidateQueries({ queryKey: caseKeys.lists });
    },
  });
}
