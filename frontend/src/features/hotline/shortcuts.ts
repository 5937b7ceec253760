import type { Category, Urgency } from './types';

/** What a key press in the call form asks for. */
export type Shortcut =
  | { kind: 'urgency'; urgency: Urgency }
  | { kind: 'category'; code: string }
  | { kind: 'endCall' }
  | { kind: 'save' };

/**
 * Alt + letter sets the urgency, by the first letter of its Vietnamese name (Khẩn cấp, Cao, Bình
 * thường, Thấp) or of its English one (Emergency, High, Normal, Low): both work on every screen,
 * each screen names its own.
 */
export const URGENCY_KEYS: Record<string, Urgency> = {
  K: 'EMERGENCY',
  C: 'HIGH',
  B: 'NORMAL',
  T: 'LOW',
  E: 'EMERGENCY',
  H: 'HIGH',
  N: 'NORMAL',
  L: 'LOW',
};
export const END_CALL_KEY = 'X';

interface KeyLike {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  key: string;
  /** The physical key ("KeyE", "Digit1"), the same whatever Alt does to `key` on the keyboard's layout. */
  code: string;
}

function pressed(event: KeyLike): string {
  const code = /^(?:Key|Digit|Numpad)([A-Z0-9])$/.exec(event.code);
  return (code?.[1] ?? event.key).toUpperCase();
}

/**
 * The shortcut of a key press in the call form: Alt+K/C/B/T (or E/H/N/L) for the urgency, Alt+<the category's
 * key> ticks a category, Alt+X ends the call, Ctrl+Enter (or ⌘+Enter) saves; null for anything else.
 */
export function shortcutOf(event: KeyLike, categories: readonly Pick<Category, 'code' | 'shortcut' | 'active'>[]): Shortcut | null {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') return { kind: 'save' };
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const key = pressed(event);
  const urgency = URGENCY_KEYS[key];
  if (urgency) return { kind: 'urgency', urgency };
  if (key === END_CALL_KEY) return { kind: 'endCall' };
  const category = categories.find((c) => c.active !== false && c.shortcut?.toUpperCase() === key);
  return category?.code ? { kind: 'category', code: category.code } : null;
}

/** Ticks or unticks a category, keeping the taxonomy's order out of it (the order ticked is kept). */
export function toggle(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
}

/** mm:ss (or h:mm:ss) of the call so far. */
export function callTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}
