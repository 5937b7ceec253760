import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { toPage } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { MemberListParams, MemberRequest } from '../types';
import { clubKeys } from './query-keys';

/** The club's members (the club's own users only; every read is audited on the server). */
export function useMembers(clubId: string, params: MemberListParams) {
  const client = useApiClient();
  const query = withoutEmpty(params);
  return useQuery({
    queryKey: clubKeys.members(clubId, query),
    queryFn: async ({ signal }) =>
      toPage(dataOf(await client.GET('/api/v1/clubs/{clubId}/members', { params: { path: { clubId }, query }, signal })), query),
    placeholderData: keepPreviousData,
  });
}

/** Records a member; the request carries a key so that a retry after a lost answer records them once. */
export function useAddMember(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: async (body: MemberRequest) =>
      dataOf(
        await client.POST('/api/v1/clubs/{clubId}/members', {
          params: { path: { clubId }, header: { 'Idempotency-Key': keyFor(body) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

/** The member withdrew the consent: their name and phone are erased at once. */
export function useEraseMember(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/members/{id}/erasure', { params: { path: { clubId, id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}
