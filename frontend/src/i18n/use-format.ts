import { useTranslation } from 'react-i18next';

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** A day as forms write it, `04/12/2026`, in either language. */
export function formatDay(locale: string, day: Date): string {
  return new Intl.DateTimeFormat(locale, DAY).format(day);
}

/** A moment as forms write it: `18:29 04/12/2026` in Vietnamese, `04/12/2026 18:29` in English (the device's time zone). */
export function formatDateTime(locale: string, moment: Date): string {
  const day = formatDay(locale, moment);
  const time = new Intl.DateTimeFormat(locale, TIME).format(moment);
  return locale.startsWith('vi') ? `${time} ${day}` : `${day} ${time}`;
}

const namesByLocale = new Map<string, Intl.DisplayNames>();

/** One Intl.DisplayNames per locale and kind: the pickers name hundreds of countries and languages per render. */
function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let names = namesByLocale.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type });
    namesByLocale.set(key, names);
  }
  return names;
}

/** Dates, times and numbers in the reader's language (the device's time zone). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = (i18n.resolvedLanguage ?? i18n.language) === 'en' ? 'en-GB' : 'vi-VN';
  return {
    locale,
    dateTime: (iso: string | null | undefined) => (iso ? formatDateTime(locale, new Date(iso)) : ''),
    /** A calendar date (`2026-03-01`), read as that day wherever the reader is. */
    date: (isoDate: string | null | undefined) => {
      const parts = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
      if (!parts) return isoDate ?? '';
      return formatDay(locale, new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
    },
    number: (n: number) => n.toLocaleString(locale),
    country: (code: string | null | undefined) => {
      if (!code) return '';
      try {
        return displayNames(locale, 'region').of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    language: (code: string) => {
      try {
        return displayNames(locale, 'language').of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
