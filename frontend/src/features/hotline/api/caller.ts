import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import type { CallerHistory, FlagRequest } from '../types';
import { hotlineKeys } from './query-keys';

/** A phone number worth looking up: digits, optionally + and separators, at least 8 digits. */
export function lookupable(phone: string): boolean {
  return /^\+?[0-9][0-9 .()-]{1,18}[0-9]$/.test(phone.trim()) && phone.replace(/\D/g, '').length >= 8;
}

/** Earlier contacts and flags of the number being typed (sent in the body, never in a URL; audited). */
export function useCallerLookup(phone: string) {
  const client = useApiClient();
  const number = phone.trim();
  return useQuery({
    queryKey: hotlineKeys.lookup(number),
    queryFn: async ({ signal }): Promise<CallerHistory> =>
      dataOf(await client.POST('/api/v1/hotline/caller-lookup', { body: { phone: number }, signal })),
    enabled: lookupable(number),
    staleTime: 30_000,
  });
}

/** Earlier contacts from a ticket's number, and the flags on it. */
export function useCallerHistory(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: hotlineKeys.callerHistory(id),
    queryFn: async ({ signal }): Promise<CallerHistory> =>
      dataOf(await client.GET('/api/v1/hotline/tickets/{id}/caller-history', { params: { path: { id } }, signal })),
  });
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: hotlineKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: hotlineKeys.callerHistory(id) }),
      queryClient.invalidateQueries({ queryKey: hotlineKeys.history(id) }),
    ]);
}

/** Flags the ticket's caller number until it expires. */
export function useFlagCaller(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: async (body: FlagRequest) =>
      dataOf(await client.POST('/api/v1/hotline/tickets/{id}/caller-flags', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Lifts a flag before it expires. */
export function useLiftFlag(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    // The client's middleware throws for a failed call.
    mutationFn: async (flagId: string) => {
      await client.DELETE('/api/v1/hotline/caller-flags/{id}', { params: { path: { id: flagId } } });
    },
    onSuccess: refresh,
  });
}
