import { describe, expect, it } from 'vitest';
import { callTime, shortcutOf, toggle } from './shortcuts';

const categories = [
  { code: 'TRAFFICKING_SUSPECTED', shortcut: '1', active: true },
  { code: 'MISSING_PERSON', shortcut: '3', active: true },
  { code: 'RETIRED', shortcut: '9', active: false },
];
const key = (code: string, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; key: string }> = {}) => ({
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  key: '',
  code,
  ...extra,
});

describe('call form shortcuts', () => {
  it('sets the urgency with Alt and its letter, by the physical key whatever Alt types', () => {
    expect(shortcutOf(key('KeyE', { key: '€' }), categories)).toEqual({ kind: 'urgency', urgency: 'EMERGENCY' });
    // The Vietnamese names' first letters: Khẩn cấp, Cao, Bình thường, Thấp.
    expect(shortcutOf(key('KeyK'), categories)).toEqual({ kind: 'urgency', urgency: 'EMERGENCY' });
    expect(shortcutOf(key('KeyC'), categories)).toEqual({ kind: 'urgency', urgency: 'HIGH' });
    expect(shortcutOf(key('KeyB'), categories)).toEqual({ kind: 'urgency', urgency: 'NORMAL' });
    expect(shortcutOf(key('KeyT'), categories)).toEqual({ kind: 'urgency', urgency: 'LOW' });
    expect(shortcutOf(key('KeyL'), categories)).toEqual({ kind: 'urgency', urgency: 'LOW' });
  });

  it('ticks a category with Alt and its key, from the digit row or the keypad, never a retired one', () => {
    expect(shortcutOf(key('Digit1'), categories)).toEqual({ kind: 'category', code: 'TRAFFICKING_SUSPECTED' });
    expect(shortcutOf(key('Numpad3'), categories)).toEqual({ kind: 'category', code: 'MISSING_PERSON' });
    expect(shortcutOf(key('Digit9'), categories)).toBeNull();
  });

  it('ends the call with Alt+X and saves with Ctrl+Enter; plain typing is no shortcut', () => {
    expect(shortcutOf(key('KeyX'), categories)).toEqual({ kind: 'endCall' });
    expect(shortcutOf(key('Enter', { altKey: false, ctrlKey: true, key: 'Enter' }), categories)).toEqual({ kind: 'save' });
    expect(shortcutOf(key('KeyE', { altKey: false, key: 'e' }), categories)).toBeNull();
    expect(shortcutOf(key('KeyE', { ctrlKey: true }), categories)).toBeNull();
  });

  it('toggles a category and shows the call time as mm:ss', () => {
    expect(toggle(['A'], 'B')).toEqual(['A', 'B']);
    expect(toggle(['A', 'B'], 'A')).toEqual(['B']);
    expect(callTime(65)).toBe('01:05');
    expect(callTime(3725)).toBe('1:02:05');
  });
});
