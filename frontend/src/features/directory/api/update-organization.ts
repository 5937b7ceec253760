import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import type { Organization, OrganizationRequest, Versioned } from '../types';
import { directoryKeys } from './query-keys';

export interface UpdateOrganizationInput {
  id: string;
  /** The ETag last read; the server answers 412 when someone changed the record since. */
  etag: string;
  body: OrganizationRequest;
}

export async function updateOrganization(
  client: ApiClient,
  { id, etag, body }: UpdateOrganizationInput,
): Promise<Versioned<Organization>> {
  const result = await client.PUT('/api/v1/organizations/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body,
  });
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

export function useUpdateOrganization() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrganizationInput) => updateOrganization(client, input),
    onSuccess: (updated) => {
      if (updated.data.id) queryClient.setQueryData(directoryKeys.organization(updated.data.id), updated);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['organizations', 'list'] }),
        // Services show their organization's name.
        queryClient.invalidateQueries({ queryKey: directoryKeys.services }),
      ]);
    },
  });
}
