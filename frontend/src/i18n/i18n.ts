import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setFieldWording } from '@/lib/api/problem';
import { en, enProblems } from './locales/en';
import { vi, viProblems } from './locales/vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'safereturn.language';

export const resources = {
  vi: { translation: vi, problem: viProblems },
  en: { translation: en, problem: enProblems },
} as const;

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(storage: Storage | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** A ready i18next instance: the language remembered in storage, else Vietnamese. */
export function createI18n(storage: Storage | undefined = globalThis.localStorage): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    resources,
    lng: storedLanguage(storage),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'translation',
    ns: ['translation', 'problem'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  // A 422's field errors read in the reader's language, by their code and its parameters.
  setFieldWording((error) =>
    error.code && instance.exists(`fieldErrors.${error.code}`)
      ? instance.t(`fieldErrors.${error.code}` as never, { ...error.params, server: error.message }) as string
      : undefined,
  );
  const apply = (language: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  apply(instance.language);
  instance.on('languageChanged', (language) => {
    apply(language);
    try {
      if (isLanguage(language)) storage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  });
  return instance;
}
