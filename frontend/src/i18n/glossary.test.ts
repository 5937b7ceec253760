import { describe, expect, it } from 'vitest';
import { vi as messages } from './locales/vi';

/** Every message with its key, e.g. ['cases.list.personName', 'Họ tên người được tiếp nhận']. */
function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

/**
 * Where "đối tượng" names a prevention target group, or a trafficker (a suspect, as the word
 * means), never a person we protect (see glossary.md).
 */
const TARGET_GROUPS = /^(clubs|prevention)\.|^reports\.dimensions\.targetGroup$|^care\.protection\.threatSourceValues\.TRAFFICKER/;

describe('victim-centred wording (i18n/glossary.md)', () => {
  it('never calls a person we protect "đối tượng": the word names prevention target groups only', () => {
    const all = flatten(messages);
    expect(all.length).toBeGreaterThan(1000);
    const offending = all.filter(([key, text]) => /đối tượng/i.test(text) && !TARGET_GROUPS.test(key));
    expect(offending).toEqual([]);
  });
});
