import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { toPage } from '@/lib/api/page';
import type { ContactRequest, CounsellingRequest, ReferRequest } from '../types';
import { clubKeys } from './query-keys';

const outreachKey = (clubId: string, page: number, size: number) => [...clubKeys.club(clubId), 'outreach', page, size] as const;

/** The club's outreach log, newest first (the club's own users; every read is audited on the server). */
export function useOutreachContacts(clubId: string, page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: outreachKey(clubId, page, size),
    queryFn: async ({ signal }) =>
      toPage(
        dataOf(await client.GET('/api/v1/clubs/{clubId}/outreach-contacts', { params: { path: { clubId }, query: { page, size } }, signal })),
        { page, size },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRecordContact(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ContactRequest) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/outreach-contacts', { params: { path: { clubId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

export function useInviteContact(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, on }: { id: string; on: string }) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/outreach-contacts/{id}/invitation', { params: { path: { clubId, id } }, body: { on } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

/** Refers the person reached to another organization (usually the Social Work Centre): sent at once. */
export function useReferContact(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: ReferRequest }) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/outreach-contacts/{id}/referral', { params: { path: { clubId, id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

const counsellingKey = (clubId: string, due: boolean, page: number, size: number) =>
  [...clubKeys.club(clubId), 'counselling', due, page, size] as const;

/** The club's livelihood counselling, newest first, or the follow-ups due. */
export function useCounselling(clubId: string, due: boolean, page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: counsellingKey(clubId, due, page, size),
    queryFn: async ({ signal }) =>
      toPage(
        dataOf(
          await client.GET('/api/v1/clubs/{clubId}/counselling', {
            params: { path: { clubId }, query: { due: due || undefined, page, size } },
            signal,
          }),
        ),
        { page, size },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRecordCounselling(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CounsellingRequest) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/counselling', { params: { path: { clubId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

export function useCounsellingFollowUp(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, on }: { id: string; on: string }) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/counselling/{id}/follow-up', { params: { path: { clubId, id } }, body: { on } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

export function useReferCounselled(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: ReferRequest }) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/counselling/{id}/referral', { params: { path: { clubId, id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

/** Corrects a contact with its version in If-Match; without a consent, its name and phone are erased. */
export function useUpdateContact(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: ContactRequest }) =>
      dataOf(
        await client.PUT('/api/v1/clubs/{clubId}/outreach-contacts/{id}', {
          params: { path: { clubId, id }, header: { 'If-Match': `"${version}"` } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

/** Corrects a counselling with its version in If-Match. */
export function useUpdateCounselling(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: CounsellingRequest }) =>
      dataOf(
        await client.PUT('/api/v1/clubs/{clubId}/counselling/{id}', {
          params: { path: { clubId, id }, header: { 'If-Match': `"${version}"` } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}
