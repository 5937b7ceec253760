import type { ReferralStatus, Side } from './types';

/** The steps of a referral, each a sub-resource (`POST /referrals/{id}/<act>`). */
export type ReferralAct = 'send' | 'accept' | 'decline' | 'start' | 'complete' | 'cancel' | 'escalate';

/**
 * Which side takes each step and from which statuses, as the backend's ReferralLifecycle has it;
 * the order is the order of the buttons. Escalating keeps the status (SENT) and is offered only
 * once the answer is overdue.
 */
const RULES: readonly { act: ReferralAct; side: Side; from: readonly ReferralStatus[] }[] = [
  { act: 'send', side: 'SENDER', from: ['DRAFT'] },
  { act: 'accept', side: 'RECEIVER', from: ['SENT'] },
  { act: 'decline', side: 'RECEIVER', from: ['SENT'] },
  { act: 'start', side: 'RECEIVER', from: ['ACCEPTED'] },
  { act: 'complete', side: 'RECEIVER', from: ['ACCEPTED', 'IN_PROGRESS'] },
  { act: 'escalate', side: 'SENDER', from: ['SENT'] },
  { act: 'cancel', side: 'SENDER', from: ['DRAFT', 'SENT', 'ACCEPTED', 'IN_PROGRESS'] },
];

/** Statuses after which nothing more happens, and nothing of the case is shared any more. */
export const ENDED_STATUSES: readonly ReferralStatus[] = ['DECLINED', 'COMPLETED', 'CANCELLED'];

export function isSide(value: string | null | undefined): value is Side {
  return value === 'SENDER' || value === 'RECEIVER';
}

/**
 * The buttons to offer on a referral: the steps of the caller's side from its status. The
 * sender's steps need a social worker or supervisor (partners only answer). The server checks again.
 */
export function availableActs(
  referral: { status?: ReferralStatus; side?: string; overdue?: boolean },
  who: { sender: boolean },
): ReferralAct[] {
  const { status, side } = referral;
  if (!status || !isSide(side)) return [];
  if (side === 'SENDER' && !who.sender) return [];
  return RULES.filter((rule) => rule.side === side && rule.from.includes(status))
    .filter((rule) => rule.act !== 'escalate' || !!referral.overdue)
    .map((rule) => rule.act);
}
