import { formatDateTime } from '@/i18n/use-format';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind, OrganizationStatus, ServiceStatus, ServiceType } from '../types';

interface Named {
  nameVi?: string | null;
  nameEn?: string | null;
}

/** Translated labels for the directory's enums, names in the reader's language, and dates. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  return {
    language,
    kind: (kind: OrganizationKind | undefined) => (kind ? t(`enums.organizationKind.${kind}`) : ''),
    organizationStatus: (status: OrganizationStatus | undefined) =>
      status ? t(`enums.organizationStatus.${status}`) : '',
    serviceType: (type: ServiceType | undefined) => (type ? t(`enums.serviceType.${type}`) : ''),
    serviceStatus: (status: ServiceStatus | undefined) => (status ? t(`enums.serviceStatus.${status}`) : ''),
    /** The English name for English readers when there is one; the official Vietnamese name otherwise. */
    name: (record: Named) => (language === 'en' && record.nameEn ? record.nameEn : (record.nameVi ?? '')),
    /** The other name, shown under the first. */
    otherName: (record: Named) =>
      language === 'en' ? (record.nameEn ? record.nameVi || undefined : undefined) : record.nameEn || undefined,
    dateTime: (iso: string | undefined | null) => (iso ? formatDateTime(locale, new Date(iso)) : ''),
    languageName: (code: string) => {
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
