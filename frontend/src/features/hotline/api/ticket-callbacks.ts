import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import type { CallbackRequest, CallbackResultRequest } from '../types';
import { hotlineKeys } from './query-keys';

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: hotlineKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: hotlineKeys.history(id) }),
      queryClient.invalidateQueries({ queryKey: hotlineKeys.console }),
    ]);
}

/** Schedules a callback (the time must be in the future). */
export function useScheduleCallback(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: async (body: CallbackRequest) =>
      dataOf(await client.POST('/api/v1/hotline/tickets/{id}/callbacks', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Records what came of a callback, once. */
export function useRecordCallback(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: async ({ callbackId, body }: { callbackId: string; body: CallbackResultRequest }) =>
      dataOf(
        await client.POST('/api/v1/hotline/tickets/{id}/callbacks/{callbackId}/result', { params: { path: { id, callbackId } }, body }),
      ),
    onSuccess: refresh,
  });
}
