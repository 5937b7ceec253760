// Every type is taken from a path of the contract, never from a schema's name, so that renaming
// a record on the server changes nothing here.
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Ticket = Json<paths['/api/v1/hotline/tickets/{id}']['get']['responses'][200]>;
export type TicketRequest = Json<paths['/api/v1/hotline/tickets']['post']['requestBody']>;
export type TicketPage = Json<paths['/api/v1/hotline/tickets']['get']['responses'][200]>;
export type TicketSummary = NonNullable<TicketPage['items']>[number];
/** A search of the tickets: sent in a body (a caller's number never travels in a URL). */
export type TicketListParams = Json<paths['/api/v1/hotline/tickets/search']['post']['requestBody']>;
export type Console = Json<paths['/api/v1/hotline/console']['get']['responses'][200]>;
export type Line = NonNullable<Json<paths['/api/v1/hotline/lines']['get']['responses'][200]>>[number];
export type Category = NonNullable<Json<paths['/api/v1/hotline/categories']['get']['responses'][200]>>[number];
export type CallerHistory = Json<paths['/api/v1/hotline/caller-lookup']['post']['responses'][200]>;
export type HistoryPage = Json<paths['/api/v1/hotline/tickets/{id}/history']['get']['responses'][200]>;
export type HistoryEntry = NonNullable<HistoryPage['items']>[number];
export type Callback = NonNullable<Ticket['callbacks']>[number];
export type CallerFlag = NonNullable<Ticket['callerFlags']>[number];
export type IntakePrefill = Json<paths['/api/v1/hotline/tickets/{id}/intake-prefill']['get']['responses'][200]>;
export type StaffList = Json<paths['/api/v1/staff']['get']['responses'][200]>;
export type StaffMember = NonNullable<StaffList['items']>[number];

export type TriageRequest = Json<paths['/api/v1/hotline/tickets/{id}/triage']['post']['requestBody']>;
export type AssignRequest = Json<paths['/api/v1/hotline/tickets/{id}/assign']['post']['requestBody']>;
export type ResolveRequest = Json<paths['/api/v1/hotline/tickets/{id}/resolve']['post']['requestBody']>;
export type StepNote = Json<paths['/api/v1/hotline/tickets/{id}/close']['post']['requestBody']>;
export type CallbackRequest = Json<paths['/api/v1/hotline/tickets/{id}/callbacks']['post']['requestBody']>;
export type CallbackResultRequest = Json<paths['/api/v1/hotline/tickets/{id}/callbacks/{callbackId}/result']['post']['requestBody']>;
export type FlagRequest = Json<paths['/api/v1/hotline/tickets/{id}/caller-flags']['post']['requestBody']>;

// Enums, taken without undefined (the served contract marks no response field as required).
export type TicketStatus = NonNullable<Ticket['status']>;
export type Urgency = TicketRequest['urgency'];
export type Channel = TicketRequest['channel'];
export type Direction = TicketRequest['direction'];
export type CallerRelation = NonNullable<TicketRequest['caller']['relation']>;
export type ConcernedSex = NonNullable<NonNullable<TicketRequest['concerned']>['sex']>;
export type TicketAction = NonNullable<TicketRequest['actions']>[number];
export type Outcome = ResolveRequest['outcome'];
export type CallbackStatus = CallbackResultRequest['status'];
export type FlagKind = FlagRequest['kind'];
export type HistoryType = NonNullable<HistoryEntry['type']>;

/** A record with the ETag to send back in If-Match when changing it. */
export interface Versioned<T> {
  data: T;
  etag: string;
}
