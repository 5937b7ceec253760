import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { toPage } from '@/lib/api/page';
import type { AttendanceRequest, MeetingRequest, SeriesRequest } from '../types';
import { clubKeys } from './query-keys';

/** A version as the server's ETag: its quoted number. */
export function versionTag(version: number | undefined): string {
  return `"${version ?? 0}"`;
}

/** The club's meetings of one year, newest first, with attendance as counts. */
export function useMeetings(clubId: string, year: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: clubKeys.meetings(clubId, year),
    queryFn: async ({ signal }) =>
      toPage(
        dataOf(
          await client.GET('/api/v1/clubs/{clubId}/meetings', { params: { path: { clubId }, query: { year, size: 100 } }, signal }),
        ),
        { size: 100 },
      ),
    placeholderData: keepPreviousData,
  });
}

/** One meeting; for the club's own users with who attended and the minutes. */
export function useMeeting(clubId: string, id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: clubKeys.meeting(clubId, id),
    queryFn: async ({ signal }) =>
      dataOf(await client.GET('/api/v1/clubs/{clubId}/meetings/{id}', { params: { path: { clubId, id } }, signal })),
  });
}

export function usePlanMeeting(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MeetingRequest) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/meetings', { params: { path: { clubId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

export function usePlanSeries(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SeriesRequest) =>
      dataOf(await client.POST('/api/v1/clubs/{clubId}/meeting-series', { params: { path: { clubId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}

export interface SaveAttendanceInput {
  id: string;
  /** The meeting's version as last read; the server answers 412 when someone saved it since. */
  version: number;
  body: AttendanceRequest;
}

/** Saves the whole attendance of a meeting in one request and marks it held. */
export function useSaveAttendance(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SaveAttendanceInput) =>
      dataOf(
        await client.PUT('/api/v1/clubs/{clubId}/meetings/{id}/attendance', {
          params: { path: { clubId, id }, header: { 'If-Match': versionTag(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.club(clubId) }),
  });
}
