import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { StaffMember } from '../types';

export const staffKeys = { all: ['staff'] as const };

/** The social workers and supervisors of the caller's organization, by name. */
export async function getStaff(client: ApiClient, signal?: AbortSignal): Promise<StaffMember[]> {
  return dataOf(await client.GET('/api/v1/staff', { signal })).items ?? [];
}

export function getStaffQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: staffKeys.all,
    queryFn: ({ signal }) => getStaff(client, signal),
    staleTime: 60_000,
  });
}

export function useStaff(enabled = true) {
  return useQuery({ ...getStaffQueryOptions(useApiClient()), enabled });
}
