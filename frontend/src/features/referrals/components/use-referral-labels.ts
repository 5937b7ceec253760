import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import type {
  CaseCategory,
  CaseStatus,
  FieldGroup,
  OrganizationSummary,
  Outcome,
  ReferralStatus,
  ServiceType,
  StepType,
  Urgency,
} from '../types';

/** Labels of the referral screens: statuses, urgencies, outcomes, steps, organizations and dates in the reader's language. */
export function useReferralLabels() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  /** A name in the reader's language: the English one when reading English and there is one. */
  const named = (item: { nameVi?: string; nameEn?: string } | null | undefined) =>
    !item ? '' : (english && item.nameEn ? item.nameEn : item.nameVi) || item.nameEn || '';
  return {
    ...format,
    status: (v: ReferralStatus | undefined) => (v ? t(`referrals.statuses.${v}`) : ''),
    urgency: (v: Urgency | undefined) => (v ? t(`referrals.urgencies.${v}`) : ''),
    outcome: (v: Outcome | undefined) => (v ? t(`referrals.outcomes.${v}`) : ''),
    step: (v: StepType | undefined) => (v ? t(`referrals.steps.${v}`) : ''),
    fieldGroup: (v: FieldGroup | string | undefined) =>
      v && i18n.exists(`enums.fieldGroup.${v}`) ? t(`enums.fieldGroup.${v as FieldGroup}`) : (v ?? ''),
    serviceType: (v: ServiceType | undefined) => (v ? t(`enums.serviceType.${v}`) : ''),
    caseCategory: (v: CaseCategory | undefined) => (v ? t(`enums.caseCategory.${v}`) : ''),
    caseStatus: (v: CaseStatus | undefined) => (v ? t(`enums.caseStatus.${v}`) : ''),
    organization: (o: OrganizationSummary | null | undefined) => named(o),
    service: named,
    /** Groups as a sentence's list: "Sức khỏe, Diễn biến sự việc". */
    fieldGroups: (groups: readonly string[]) =>
      groups.map((g) => (i18n.exists(`enums.fieldGroup.${g}`) ? t(`enums.fieldGroup.${g as FieldGroup}`) : g)).join(', '),
  };
}
