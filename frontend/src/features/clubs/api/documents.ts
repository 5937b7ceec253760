import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { acceptAnyType, mediaTypeOf } from '@/lib/files';
import type { ClubDocumentKind } from '../types';
import { clubKeys } from './query-keys';

/** The club's documents the caller may read: the founding decision, or one meeting's materials. */
export function useClubDocuments(clubId: string, meetingId?: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: clubKeys.documents(clubId, meetingId),
    queryFn: async ({ signal }) =>
      dataOf(
        await client.GET('/api/v1/clubs/{clubId}/documents', {
          params: { path: { clubId }, query: meetingId ? { meetingId } : {} },
          signal,
        }),
      ),
  });
}

export interface UploadClubDocumentInput {
  kind: ClubDocumentKind;
  meetingId?: string;
  file: File;
}

/** Uploads the file as the request body with its own type; its name travels in a header, never in the address. */
export function useUploadClubDocument(clubId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, meetingId, file }: UploadClubDocumentInput) =>
      dataOf(
        await client.POST('/api/v1/clubs/{clubId}/documents', {
          params: { path: { clubId }, query: { kind, ...(meetingId ? { meetingId } : {}) } },
          // The contract types a binary body as a string; the File goes out as it is.
          body: file as unknown as string,
          bodySerializer: (body) => body,
          headers: { 'Content-Type': mediaTypeOf(file), 'SafeReturn-File-Name': encodeURIComponent(file.name) },
        }),
      ),
    onSuccess: (_, { meetingId }) => queryClient.invalidateQueries({ queryKey: clubKeys.documents(clubId, meetingId) }),
  });
}

/** A document's content, fetched with the bearer token; every download is audited on the server. */
export function useDownloadClubDocument(clubId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (id: string) =>
      dataOf(
        await client.GET('/api/v1/clubs/{clubId}/documents/{id}/content', {
          params: { path: { clubId, id } },
          parseAs: 'blob',
          middleware: [acceptAnyType],
        }),
      ),
  });
}

/** Removes a file uploaded by mistake. */
export function useRemoveClubDocument(clubId: string, meetingId?: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    // The client's middleware throws for a failed call.
    mutationFn: async (id: string) => {
      await client.DELETE('/api/v1/clubs/{clubId}/documents/{id}', { params: { path: { clubId, id } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubKeys.documents(clubId, meetingId) }),
  });
}
