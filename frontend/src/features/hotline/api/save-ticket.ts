import type { ApiClient } from '@/lib/api/client';
import type { TicketRequest, Ticket, Versioned } from '../types';
import { versionedTicket } from './get-ticket';

/** Logs a new contact; the Idempotency-Key makes a retry after a lost answer create it only once. */
export async function createTicket(client: ApiClient, body: TicketRequest, idempotencyKey: string): Promise<Versioned<Ticket>> {
  return versionedTicket(
    await client.POST('/api/v1/hotline/tickets', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
}

/** Saves the form again over the version last saved (412 when someone else changed it since). */
export async function updateTicket(client: ApiClient, id: string, etag: string, body: TicketRequest): Promise<Versioned<Ticket>> {
  return versionedTicket(
    await client.PUT('/api/v1/hotline/tickets/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}
