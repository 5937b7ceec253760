import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Consent, ReasonRequest } from '../types';
import { caseKeys } from './query-keys';

export interface WithdrawConsentInput {
  caseId: string;
  consentId: string;
  body: ReasonRequest;
}

/** Withdraws a consent; it takes effect at once. */
export async function withdrawConsent(
  client: ApiClient,
  { caseId, consentId, body }: WithdrawConsentInput,
): Promise<Consent> {
  return dataOf(
    await client.POST('/api/v1/cases/{caseId}/consents/{consentId}/withdraw', {
      params: { path: { caseId, consentId } },
      body,
    }),
  );
}

export function useWithdrawConsent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WithdrawConsentInput) => withdrawConsent(client, input),
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.consents(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
      ]),
  });
}
