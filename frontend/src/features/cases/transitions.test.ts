import { describe, expect, it } from 'vitest';
import { availableActions } from './transitions';

const worker = { worker: true, supervisor: false };
const supervisor = { worker: true, supervisor: true };
const reader = { worker: false, supervisor: false };

describe('availableActions', () => {
  it.each([
    ['OPEN', ['verify']],
    ['UNDER_VERIFICATION', ['identify', 'not-identified']],
    ['IDENTIFIED', ['start-support', 'handover']],
    ['NOT_IDENTIFIED', ['start-support', 'handover']],
    ['SUPPORTING', ['handover']],
    ['HANDED_OVER', ['follow-up']],
    ['FOLLOW_UP', []],
    ['CLOSED', []],
  ] as const)('offers a social worker the legal steps from %s', (status, actions) => {
    expect(availableActions(status, worker)).toEqual(actions);
  });

  it('lets only supervisors close any open case and reopen a closed one', () => {
    expect(availableActions('OPEN', supervisor)).toEqual(['verify', 'close']);
    expect(availableActions('FOLLOW_UP', supervisor)).toEqual(['close']);
    expect(availableActions('CLOSED', supervisor)).toEqual(['reopen']);
    expect(availableActions('CLOSED', worker)).not.toContain('reopen');
  });

  it('offers nothing to roles that only read cases', () => {
    expect(availableActions('OPEN', reader)).toEqual([]);
    expect(availableActions(undefined, supervisor)).toEqual([]);
  });
});
