import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Consent, ConsentRequest } from '../types';
import { caseKeys } from './query-keys';

export interface RecordConsentInput {
  caseId: string;
  body: ConsentRequest;
}

export async function recordConsent(client: ApiClient, { caseId, body }: RecordConsentInput): Promise<Consent> {
  return dataOf(await client.POST('/api/v1/cases/{caseId}/consents', { params: { path: { caseId } }, body }));
}

export function useRecordConsent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordConsentInput) => recordConsent(client, input),
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.consents(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
      ]),
  });
}
