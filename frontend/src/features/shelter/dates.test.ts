import { describe, expect, it } from 'vitest';
import { isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import { isOverdue } from './dates';

describe('shelter dates', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('flags an expected check-out only once it has passed', () => {
    expect(isOverdue('2026-03-10T11:59:00Z', now)).toBe(true);
    expect(isOverdue('2026-03-10T12:01:00Z', now)).toBe(false);
    expect(isOverdue(undefined, now)).toBe(false);
    expect(isOverdue('not a date', now)).toBe(false);
  });

  it('allows a minute of clock drift before a time counts as future', () => {
    expect(isFuture(toLocalInput(new Date(now.getTime() + 30_000)), now)).toBe(false);
    expect(isFuture(toLocalInput(new Date(now.getTime() + 5 * 60_000)), now)).toBe(true);
  });

  it('sends a local time with the device offset, the same instant', () => {
    const iso = localInputToIso('2026-03-01T08:30');
    expect(iso).toMatch(/^2026-03-01T08:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date('2026-03-01T08:30').getTime());
    expect(localInputToIso(' ')).toBeUndefined();
  });
});
