import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { acceptAnyType } from '@/lib/files';

export interface DownloadDocumentInput {
  caseId: string;
  documentId: string;
}

/**
 * A document's content, fetched through the API client so that the bearer token goes in its
 * header (never in an address). Every download is audited by the server.
 */
export async function downloadDocument(client: ApiClient, { caseId, documentId }: DownloadDocumentInput): Promise<Blob> {
  return dataOf(
    await client.GET('/api/v1/cases/{id}/documents/{documentId}/content', {
      params: { path: { id: caseId, documentId } },
      parseAs: 'blob',
      middleware: [acceptAnyType],
    }),
  );
}

/** A download as a mutation: it is not cached (the content is sensitive), and it has a busy and a failed state. */
export function useDownloadDocument() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (input: DownloadDocumentInput) => downloadDocument(client, input),
  });
}
