import { dataOf, type ApiClient } from '@/lib/api/client';
import { acceptAnyType } from '@/lib/files';

/** The ticket's summary as a PDF in the official layout; the server audits the print. */
export async function printTicket(client: ApiClient, ticketId: string): Promise<Blob> {
  return dataOf(
    await client.GET('/api/v1/hotline/tickets/{id}/printout', {
      params: { path: { id: ticketId } },
      parseAs: 'blob',
      middleware: [acceptAnyType],
    }),
  );
}
