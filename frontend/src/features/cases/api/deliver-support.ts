import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import type { paths } from '@/lib/api/schema';
import type { SupportDelivery } from './get-supports';
import { caseKeys } from './query-keys';
import { supportKeys } from './support-keys';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type SupportDeliveryRequest = Json<paths['/api/v1/cases/{id}/supports']['post']['requestBody']>;

export interface DeliverSupportInput {
  caseId: string;
  body: SupportDeliveryRequest;
}

/**
 * Records a support delivered. The contract does not list Idempotency-Key for this operation, so
 * it goes as a plain header: a server that honours it makes a retried click harmless.
 */
export async function deliverSupport(
  client: ApiClient,
  { caseId, body }: DeliverSupportInput,
  idempotencyKey: string,
): Promise<SupportDelivery> {
  return dataOf(
    await client.POST('/api/v1/cases/{id}/supports', {
      params: { path: { id: caseId } },
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

export function useDeliverSupport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: DeliverSupportInput) => deliverSupport(client, input, keyFor(input)),
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: supportKeys.entitlements(caseId) }),
        queryClient.invalidateQueries({ queryKey: supportKeys.deliveries(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
      ]),
  });
}
