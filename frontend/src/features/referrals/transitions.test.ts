import { describe, expect, it } from 'vitest';
import { availableActs } from './transitions';

describe('referral steps on offer', () => {
  it.each([
    ['RECEIVER', 'SENT', false, ['accept', 'decline']],
    ['RECEIVER', 'ACCEPTED', false, ['start', 'complete']],
    ['RECEIVER', 'IN_PROGRESS', false, ['complete']],
    ['RECEIVER', 'COMPLETED', false, []],
    ['RECEIVER', 'DECLINED', false, []],
    ['SENDER', 'DRAFT', false, ['send', 'cancel']],
    ['SENDER', 'SENT', false, ['cancel']],
    ['SENDER', 'SENT', true, ['escalate', 'cancel']],
    ['SENDER', 'ACCEPTED', false, ['cancel']],
    ['SENDER', 'IN_PROGRESS', false, ['cancel']],
    ['SENDER', 'COMPLETED', false, []],
    ['SENDER', 'CANCELLED', false, []],
  ] as const)('offers the %s of a %s referral (overdue: %s) %j', (side, status, overdue, expected) => {
    expect(availableActs({ side, status, overdue }, { sender: true })).toEqual(expected);
  });

  it("offers a partner none of the sender's steps, and all of the receiver's", () => {
    expect(availableActs({ side: 'SENDER', status: 'DRAFT' }, { sender: false })).toEqual([]);
    expect(availableActs({ side: 'RECEIVER', status: 'SENT' }, { sender: false })).toEqual(['accept', 'decline']);
  });

  it('offers nothing when the side or status is unknown', () => {
    expect(availableActs({ side: 'OBSERVER', status: 'SENT' }, { sender: true })).toEqual([]);
    expect(availableActs({ side: 'RECEIVER' }, { sender: true })).toEqual([]);
  });
});
