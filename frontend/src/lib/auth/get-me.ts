import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { hasAnyRole, type Role } from './roles';

export type Me = components['schemas']['Me'];

export async function getMe(client: ApiClient, signal?: AbortSignal): Promise<Me> {
  return dataOf(await client.GET('/api/v1/me', { signal }));
}

export function getMeQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => getMe(client, signal),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user as the backend sees them: name, roles, organization. */
export function useMe() {
  return useQuery(getMeQueryOptions(useApiClient()));
}

/** Whether the signed-in user holds one of these roles; false while /me is loading. */
export function useHasRole(...allowed: Role[]): boolean {
  const me = useMe();
  return hasAnyRole(me.data?.roles, allowed);
}
