import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { isApiProblem } from '@/lib/api/problem';
import type { AssignRequest, ResolveRequest, StepNote, Ticket, TriageRequest, Versioned } from '../types';
import { versionedTicket } from './get-ticket';
import { hotlineKeys } from './query-keys';

/** One step of a ticket with the ETag last read (If-Match; 412 when stale) and its body. */
export type TicketStepInput =
  | { act: 'triage'; body: TriageRequest }
  | { act: 'assign'; body: AssignRequest }
  | { act: 'start'; body: StepNote }
  | { act: 'resolve'; body: ResolveRequest }
  | { act: 'close'; body: StepNote }
  | { act: 'reopen'; body: StepNote };

export async function takeStep(client: ApiClient, id: string, etag: string, step: TicketStepInput): Promise<Versioned<Ticket>> {
  const params = { path: { id }, header: { 'If-Match': etag } };
  switch (step.act) {
    case 'triage':
      return versionedTicket(await client.POST('/api/v1/hotline/tickets/{id}/triage', { params, body: step.body }));
    case 'assign':
      return versionedTicket(await client.POST('/api/v1/hotline/tickets/{id}/assign', { params, body: step.body }));
    case 'start':
      return versionedTicket(await client.POST('/api/v1/hotline/tickets/{id}/start', { params, body: step.body }));
    case 'resolve':
      return versionedTicket(await client.POST('/api/v1/hotline/tickets/{id}/resolve', { params, body: step.body }));
    case 'close':
      return versionedTicket(await client.POST('/api/v1/hotline/tickets/{id}/close', { params, body: step.body }));
    case 'reopen':
      return versionedTicket(await client.POST('/api/v1/hotline/tickets/{id}/reopen', { params, body: step.body }));
  }
}

/** Whether a failed step lost a race: someone acted first (409) or changed the ticket since it was read (412). */
export function isRace(error: unknown): boolean {
  return isApiProblem(error) && (error.status === 409 || error.status === 412);
}

/** The steps of the ticket page; the answered ticket replaces the cached one, a lost race reads it again. */
export function useTicketStep(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, step }: { etag: string; step: TicketStepInput }) => takeStep(client, id, etag, step),
    onSuccess: (changed) => {
      queryClient.setQueryData(hotlineKeys.detail(id), changed);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: hotlineKeys.lists }),
        queryClient.invalidateQueries({ queryKey: hotlineKeys.console }),
        queryClient.invalidateQueries({ queryKey: hotlineKeys.history(id) }),
      ]);
    },
    onError: (error) => (isRace(error) ? queryClient.invalidateQueries({ queryKey: hotlineKeys.detail(id) }) : undefined),
  });
}
