import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import type { Room, RoomRequest } from '../types';
import { shelterKeys } from './query-keys';

/** Adds a room to the supervisor's organization; a name it already has is 409 shelter.room-exists. */
export async function createRoom(client: ApiClient, body: RoomRequest, idempotencyKey: string): Promise<Room> {
  return dataOf(
    await client.POST('/api/v1/shelter/rooms', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
  );
}

export function useCreateRoom() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    // A retry of the same body (after a lost answer) reuses the key: the server adds one room.
    mutationFn: (body: RoomRequest) => createRoom(client, body, keyFor(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shelterKeys.all }),
  });
}
