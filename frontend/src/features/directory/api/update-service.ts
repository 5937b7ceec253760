import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import type { Service, ServiceRequest, Versioned } from '../types';
import { directoryKeys } from './query-keys';

export interface UpdateServiceInput {
  id: string;
  /** The ETag last read; the server answers 412 when someone changed the record since. */
  etag: string;
  body: ServiceRequest;
}

export async function updateService(client: ApiClient, { id, etag, body }: UpdateServiceInput): Promise<Versioned<Service>> {
  const result = await client.PUT('/api/v1/services/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body,
  });
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

export function useUpdateService() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateServiceInput) => updateService(client, input),
    onSuccess: (updated) => {
      if (updated.data.id) queryClient.setQueryData(directoryKeys.service(updated.data.id), updated);
      return queryClient.invalidateQueries({ queryKey: ['services', 'list'] });
    },
  });
}
