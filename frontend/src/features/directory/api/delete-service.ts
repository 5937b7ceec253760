import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { directoryKeys } from './query-keys';

export interface DeleteServiceInput {
  id: string;
  etag: string;
}

export async function deleteService(client: ApiClient, { id, etag }: DeleteServiceInput): Promise<void> {
  await client.DELETE('/api/v1/services/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
}

export function useDeleteService() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteServiceInput) => deleteService(client, input),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: directoryKeys.service(id) });
      return queryClient.invalidateQueries({ queryKey: directoryKeys.services });
    },
  });
}
