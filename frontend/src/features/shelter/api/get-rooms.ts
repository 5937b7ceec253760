import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { toPage, type Page } from '@/lib/api/page';
import { withoutEmpty } from '@/lib/api/query-params';
import type { Room, RoomListParams } from '../types';
import { shelterKeys } from './query-keys';

/** The organization's rooms with their occupancy and version, by name. */
export async function getRooms(client: ApiClient, params: RoomListParams, signal?: AbortSignal): Promise<Page<Room>> {
  const body = dataOf(await client.GET('/api/v1/shelter/rooms', { params: { query: params }, signal }));
  return toPage(body, params);
}

export function getRoomsQueryOptions(client: ApiClient, params: RoomListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: shelterKeys.rooms(query),
    queryFn: ({ signal }) => getRooms(client, query, signal),
  });
}

export function useRooms(params: RoomListParams) {
  return useQuery({ ...getRoomsQueryOptions(useApiClient(), params), placeholderData: keepPreviousData });
}
