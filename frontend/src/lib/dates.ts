/** `2026-03-01T08:30` for a datetime-local input, in the device's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `2026-03-01` for a date input, today in the device's time zone. */
export function todayInput(now = new Date()): string {
  return toLocalInput(now).slice(0, 10);
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

/** The end of a calendar day (`2026-12-31`) in the device's time zone, as an ISO date-time. */
export function endOfDayIso(date: string): string | undefined {
  return date ? localInputToIso(`${date}T23:59:59`) : undefined;
}

/** Whether a datetime-local value lies in the future (a minute's grace for clock drift). */
export function isFuture(value: string, now = new Date()): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.getTime() > now.getTime() + 60_000;
}

/** Age in whole years on a day, from a birth date (`2010-05-01`). */
export function ageOn(birthDate: string, on = new Date()): number | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!parts) return undefined;
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  let age = on.getFullYear() - y;
  if (on.getMonth() + 1 < m || (on.getMonth() + 1 === m && on.getDate() < d)) age -= 1;
  return age;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A date input's value (`2026-03-01`, or `2026-03-01T08:30` with a time) as Vietnamese forms
 * write it: `01/03/2026`, `01/03/2026 08:30`; '' for an empty or malformed value.
 */
export function formatInputDate(value: string, withTime: boolean): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!parts) return '';
  const day = `${parts[3]}/${parts[2]}/${parts[1]}`;
  return withTime ? `${day} ${parts[4] ?? '00'}:${parts[5] ?? '00'}` : day;
}

/**
 * What a person typed (`1/3/2026`, `01-03-2026 8:30`, or an ISO `2026-03-01` pasted) as a date
 * input's value; null when it is not a real day (31/02) or a real time, or a time is missing.
 */
export function parseInputDate(text: string, withTime: boolean): string | null {
  const trimmed = text.trim();
  let y: number, m: number, d: number, hh = 0, mm = 0;
  let hasTime = false;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/.exec(trimmed);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2})[:h](\d{2}))?$/.exec(trimmed);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) [hh, mm, hasTime] = [Number(iso[4]), Number(iso[5]), true];
  } else if (local) {
    [d, m, y] = [Number(local[1]), Number(local[2]), Number(local[3])];
    if (local[4] !== undefined) [hh, mm, hasTime] = [Number(local[4]), Number(local[5]), true];
  } else {
    return null;
  }
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  if (withTime && !hasTime) return null;
  if (hh > 23 || mm > 59) return null;
  const day = `${y}-${pad2(m)}-${pad2(d)}`;
  return withTime ? `${day}T${pad2(hh)}:${pad2(mm)}` : day;
}
