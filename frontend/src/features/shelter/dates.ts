/** `2026-03-01T08:30` for a datetime-local input, in the device's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A datetime-local value as an ISO 8601 date-time with the device's offset
 * (`2026-03-01T08:30:00+07:00`); undefined when blank or not a date.
 */
export function localInputToIso(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = value.length === 16 ? `${value}:00` : value.slice(0, 19);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** Whether a datetime-local value lies in the future (a minute's grace for clock drift). */
export function isFuture(value: string, now = new Date()): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.getTime() > now.getTime() + 60_000;
}

/** Whether an expected check-out has passed: the person should have left by now. */
export function isOverdue(expectedCheckOutAt: string | null | undefined, now = new Date()): boolean {
  if (!expectedCheckOutAt) return false;
  const date = new Date(expectedCheckOutAt);
  return !Number.isNaN(date.getTime()) && date.getTime() < now.getTime();
}
