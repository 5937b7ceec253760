import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { toPage } from '@/lib/api/page';
import { hotlineKeys } from './query-keys';

/** Steps, notes and callbacks of a ticket, newest first (audited: notes are personal data). */
export function useTicketHistory(id: string, page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...hotlineKeys.history(id), page, size],
    queryFn: async ({ signal }) =>
      toPage(dataOf(await client.GET('/api/v1/hotline/tickets/{id}/history', { params: { path: { id }, query: { page, size } }, signal })), {
        page,
        size,
      }),
  });
}

/** Adds a note to the ticket (encrypted at rest). */
export function useAddTicketNote(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      dataOf(await client.POST('/api/v1/hotline/tickets/{id}/notes', { params: { path: { id } }, body: { text } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hotlineKeys.history(id) }),
  });
}
