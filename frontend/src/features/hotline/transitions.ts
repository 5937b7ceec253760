import type { TicketStatus } from './types';

/** The steps a ticket's page offers; `escalate` opens an intake from the ticket. */
export type TicketAct = 'triage' | 'assign' | 'start' | 'resolve' | 'escalate' | 'close' | 'reopen';

const OPEN: readonly TicketStatus[] = ['NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS'];

/** From which statuses each step may be taken: the backend's TicketLifecycle, mirrored to show only what is allowed. */
export const TICKET_STEPS: Record<TicketAct, readonly TicketStatus[]> = {
  triage: ['NEW', 'TRIAGED'],
  assign: ['NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED'],
  start: ['NEW', 'TRIAGED', 'ASSIGNED'],
  resolve: OPEN,
  escalate: ['NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'ESCALATED'],
  close: ['RESOLVED', 'ESCALATED'],
  reopen: ['RESOLVED', 'CLOSED'],
};

export function allowedSteps(status: TicketStatus | undefined): TicketAct[] {
  if (!status) return [];
  return (Object.keys(TICKET_STEPS) as TicketAct[]).filter((act) => TICKET_STEPS[act].includes(status));
}

export function isOpen(status: TicketStatus | undefined): boolean {
  return !!status && OPEN.includes(status);
}
