import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, etagOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import type { Organization, OrganizationRequest, Versioned } from '../types';
import { directoryKeys } from './query-keys';

export async function createOrganization(
  client: ApiClient,
  body: OrganizationRequest,
  idempotencyKey: string,
): Promise<Versioned<Organization>> {
  const result = await client.POST('/api/v1/organizations', {
    body,
    params: { header: { 'Idempotency-Key': idempotencyKey } },
  });
  const data = dataOf(result);
  return { data, etag: etagOf(result.response, data.version) };
}

export function useCreateOrganization() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    // The same key is the new record's id: a retried create cannot make a second record.
    mutationFn: (body: OrganizationRequest) => {
      const key = keyFor(body);
      return createOrganization(client, { ...body, id: key }, key);
    },
    onSuccess: (created) => {
      if (created.data.id) queryClient.setQueryData(directoryKeys.organization(created.data.id), created);
      return queryClient.invalidateQueries({ queryKey: directoryKeys.organizations });
    },
  });
}
