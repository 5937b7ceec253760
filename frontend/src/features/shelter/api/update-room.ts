import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Room, RoomRequest } from '../types';
import { shelterKeys } from './query-keys';

export interface UpdateRoomInput {
  id: string;
  /** The version last read, sent as the ETag in If-Match; the server answers 412 when someone changed the room since. */
  version: number;
  body: RoomRequest;
}

/** The ETag of a room: the list has no ETag header per row, and the server's ETag is its quoted version. */
export function roomEtag(version: number): string {
  return `"${version}"`;
}

/**
 * Replaces a room. A room with persons staying cannot close (409 shelter.room-occupied) or shrink
 * below them (409 shelter.capacity-below-occupancy).
 */
export async function updateRoom(client: ApiClient, { id, version, body }: UpdateRoomInput): Promise<Room> {
  return dataOf(
    await client.PUT('/api/v1/shelter/rooms/{id}', {
      params: { path: { id }, header: { 'If-Match': roomEtag(version) } },
      body,
    }),
  );
}

export function useUpdateRoom() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateRoomInput) => updateRoom(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shelterKeys.all }),
  });
}
