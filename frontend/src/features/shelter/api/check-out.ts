import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { isApiProblem } from '@/lib/api/problem';
import type { CheckOutRequest, Stay } from '../types';
import { shelterKeys } from './query-keys';

export interface CheckOutInput {
  stayId: string;
  /** For refreshing the case's timeline, which the check-out adds to. */
  caseId?: string;
  body: CheckOutRequest;
}

/** Ends a stay with its time and reason; a stay that has ended already is 409 shelter.already-checked-out. */
export async function checkOut(client: ApiClient, { stayId, body }: CheckOutInput): Promise<Stay> {
  return dataOf(await client.POST('/api/v1/shelter/stays/{id}/check-out', { params: { path: { id: stayId } }, body }));
}

export function useCheckOut() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckOutInput) => checkOut(client, input),
    // A conflict means the board is out of date (the room filled up, the stay ended): read it again.
    onError: (error) =>
      isApiProblem(error) && error.status === 409 ? queryClient.invalidateQueries({ queryKey: shelterKeys.occupancy }) : undefined,
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shelterKeys.all }),
        caseId ? queryClient.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] }) : undefined,
      ]),
  });
}
