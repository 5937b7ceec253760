import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { isApiProblem } from '@/lib/api/problem';
import type { CheckInRequest, Stay } from '../types';
import { shelterKeys } from './query-keys';

/**
 * Checks a person of a case in to a room. A full or closed room, a person staying already and a
 * closed case are 409 (shelter.full, shelter.room-closed, shelter.already-staying, shelter.case-closed).
 */
export async function checkIn(client: ApiClient, body: CheckInRequest, idempotencyKey: string): Promise<Stay> {
  return dataOf(
    await client.POST('/api/v1/shelter/stays', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
  );
}

export function useCheckIn() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    // A retry of the same body (after a lost answer) reuses the key: the person is checked in once.
    mutationFn: (body: CheckInRequest) => checkIn(client, body, keyFor(body)),
    // A conflict means the board is out of date (the room filled up, the stay ended): read it again.
    onError: (error) =>
      isApiProblem(error) && error.status === 409 ? queryClient.invalidateQueries({ queryKey: shelterKeys.occupancy }) : undefined,
    onSuccess: (_, body) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shelterKeys.all }),
        // The check-in adds to the case's timeline, cached under the cases' own key.
        queryClient.invalidateQueries({ queryKey: ['cases', 'timeline', body.caseId] }),
      ]),
  });
}
