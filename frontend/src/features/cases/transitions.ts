import type { CaseStatus } from './types';

/** The lifecycle's steps, each a sub-resource of the case (`POST /cases/{id}/<action>`). */
export type CaseAction =
  | 'verify'
  | 'identify'
  | 'not-identified'
  | 'start-support'
  | 'handover'
  | 'follow-up'
  | 'close'
  | 'reopen';

/**
 * The moves a social worker may make from each status (PLAN-4). Start support from
 * NOT_IDENTIFIED depends on the category; the server decides and answers 409 when it may not.
 */
const WORKER_ACTIONS: Record<CaseStatus, CaseAction[]> = {
  OPEN: ['verify'],
  UNDER_VERIFICATION: ['identify', 'not-identified'],
  IDENTIFIED: ['start-support', 'handover'],
  NOT_IDENTIFIED: ['start-support', 'handover'],
  SUPPORTING: ['handover'],
  HANDED_OVER: ['follow-up'],
  FOLLOW_UP: [],
  CLOSED: [],
};

/**
 * The buttons to offer for a case in this status: the legal next steps for those who work cases,
 * and close (or reopen, once closed) for supervisors. The server checks again.
 */
export function availableActions(
  status: CaseStatus | undefined,
  who: { worker: boolean; supervisor: boolean },
): CaseAction[] {
  if (!status) return [];
  const actions = who.worker || who.supervisor ? [...WORKER_ACTIONS[status]] : [];
  if (who.supervisor) actions.push(status === 'CLOSED' ? 'reopen' : 'close');
  return actions;
}

/** Statuses in which the 3-day verification deadline still runs. */
export function isVerificationPending(status: CaseStatus | undefined): boolean {
  return status === 'OPEN' || status === 'UNDER_VERIFICATION';
}
