import type { TicketListParams } from '../types';

/** Query keys of the hotline, so that a change refreshes the ticket, the lists and the console. */
export const hotlineKeys = {
  all: ['hotline'] as const,
  console: ['hotline', 'console'] as const,
  lists: ['hotline', 'list'] as const,
  list: (params: TicketListParams) => ['hotline', 'list', params] as const,
  detail: (id: string) => ['hotline', 'detail', id] as const,
  history: (id: string) => ['hotline', 'history', id] as const,
  callerHistory: (id: string) => ['hotline', 'caller-history', id] as const,
  lookup: (phone: string) => ['hotline', 'lookup', phone] as const,
  prefill: (id: string) => ['hotline', 'prefill', id] as const,
  /** Reference data: not under `all`, it changes only by an admin. */
  lines: ['hotline-reference', 'lines'] as const,
  categories: ['hotline-reference', 'categories'] as const,
  handlers: ['hotline-reference', 'handlers'] as const,
};
