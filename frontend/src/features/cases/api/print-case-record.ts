import { dataOf, type ApiClient } from '@/lib/api/client';
import { acceptAnyType } from '@/lib/files';

/** The case's printable records, each a PDF in the official layout (the server audits each print). */
export type CaseRecord = 'receipt-record' | 'handover-minutes';

export async function printCaseRecord(client: ApiClient, caseId: string, record: CaseRecord): Promise<Blob> {
  const options = { params: { path: { id: caseId } }, parseAs: 'blob' as const, middleware: [acceptAnyType] };
  return dataOf(
    record === 'receipt-record'
      ? await client.GET('/api/v1/cases/{id}/receipt-record', options)
      : await client.GET('/api/v1/cases/{id}/handover-minutes', options),
  );
}
