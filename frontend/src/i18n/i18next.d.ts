import 'i18next';
import type { vi, viProblems } from './locales/vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi; problem: typeof viProblems };
  }
}
