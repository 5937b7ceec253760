import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { careKeys } from './care-keys';
import type { CaseDocument, DocumentKind } from './care-types';
import { caseKeys } from './query-keys';
import { mediaTypeOf } from '@/lib/files';

export interface UploadDocumentInput {
  caseId: string;
  kind: DocumentKind;
  file: File;
}

/**
 * Attaches a file to the case. The body is the file itself with its own Content-Type, its name
 * and kind in the query (not multipart). The contract does not list Idempotency-Key here either;
 * it goes as a plain header.
 */
export async function uploadDocument(
  client: ApiClient,
  { caseId, kind, file }: UploadDocumentInput,
  idempotencyKey: string,
): Promise<CaseDocument> {
  return dataOf(
    await client.POST('/api/v1/cases/{id}/documents', {
      // The file's name goes in a header, never in the URL (proxy logs).
      params: { path: { id: caseId }, query: { kind } },
      // The contract types a binary body as a string; the File goes out as it is, unserialized.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': mediaTypeOf(file), 'Idempotency-Key': idempotencyKey, 'SafeReturn-File-Name': encodeURIComponent(file.name) },
    }),
  );
}

export function useUploadDocument() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: UploadDocumentInput) => {
      const { caseId, kind, file } = input;
      // A File serializes as {}: the key follows what identifies the upload instead.
      const key = keyFor({ caseId, kind, name: file.name, size: file.size, lastModified: file.lastModified });
      return uploadDocument(client, input, key);
    },
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: careKeys.documents(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
      ]),
  });
}
