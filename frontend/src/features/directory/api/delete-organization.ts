import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { directoryKeys } from './query-keys';

export interface DeleteOrganizationInput {
  id: string;
  etag: string;
}

/** Answers 409 organization.has-services while the organization still offers services. */
export async function deleteOrganization(client: ApiClient, { id, etag }: DeleteOrganizationInput): Promise<void> {
  await client.DELETE('/api/v1/organizations/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
}

export function useDeleteOrganization() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteOrganizationInput) => deleteOrganization(client, input),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: directoryKeys.organization(id) });
      return queryClient.invalidateQueries({ queryKey: directoryKeys.organizations });
    },
  });
}
