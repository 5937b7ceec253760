import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import type { Service, ServiceRequest, Versioned } from '../types';
import { directoryKeys } from './query-keys';

export async function createService(
  client: ApiClient,
  body: ServiceRequest,
  idempotencyKey: string,
): Promise<Versioned<Service>> {
  const result = await client.POST('/api/v1/services', {
    body,
    params: { header: { 'Idempotency-Key': idempotencyKey } },
  });
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

export function useCreateService() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    // The same key is the new record's id: a retried create cannot make a second record.
    mutationFn: (body: ServiceRequest) => {
      const key = keyFor(body);
      return createService(client, { ...body, id: key }, key);
    },
    onSuccess: (created) => {
      if (created.data.id) queryClient.setQueryData(directoryKeys.service(created.data.id), created);
      return queryClient.invalidateQueries({ queryKey: directoryKeys.services });
    },
  });
}
