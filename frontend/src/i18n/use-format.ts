import { useTranslation } from 'react-i18next';

/** Dates and times in the reader's language (the device's time zone). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = (i18n.resolvedLanguage ?? i18n.language) === 'en' ? 'en-GB' : 'vi-VN';
  return {
    locale,
    dateTime: (iso: string | null | undefined) =>
      iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '',
    /** A calendar date (`2026-03-01`), read as that day wherever the reader is. */
    date: (isoDate: string | null | undefined) => {
      const parts = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
      if (!parts) return isoDate ?? '';
      const day = new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(day);
    },
    country: (code: string | null | undefined) => {
      if (!code) return '';
      try {
        return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    language: (code: string) => {
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
