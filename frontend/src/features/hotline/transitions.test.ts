import { describe, expect, it } from 'vitest';
import { allowedSteps, isOpen } from './transitions';

describe('ticket steps', () => {
  it('offers triage, assignment, start, resolution and escalation to a new ticket, not closing', () => {
    expect(allowedSteps('NEW')).toEqual(['triage', 'assign', 'start', 'resolve', 'escalate']);
  });

  it('lets a closed ticket only be reopened: no escalation of a closed ticket', () => {
    expect(allowedSteps('CLOSED')).toEqual(['reopen']);
  });

  it('closes resolved or escalated tickets and lets an escalated one be escalated again or reassigned', () => {
    expect(allowedSteps('RESOLVED')).toEqual(['escalate', 'close', 'reopen']);
    expect(allowedSteps('ESCALATED')).toEqual(['assign', 'escalate', 'close']);
  });

  it('counts new, triaged, assigned and in-progress tickets as open', () => {
    expect(['NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS'].every((s) => isOpen(s as never))).toBe(true);
    expect(isOpen('RESOLVED')).toBe(false);
    expect(allowedSteps(undefined)).toEqual([]);
  });
});
