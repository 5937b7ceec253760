import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import type {
  CaseCategory,
  CaseStatus,
  ConsentGiver,
  ConsentMethod,
  ConsentPurpose,
  DuplicateReason,
  FieldGroup,
  HandoverReceiver,
  IdDocumentType,
  IntakeChannel,
  PersonView,
  Sex,
} from '../types';

/** Translated labels of the case enums, the person's age, and dates in the reader's language. */
export function useCaseLabels() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const raw = t as unknown as (key: string) => string;
  /** A code the UI may not know (the contract leaves it a string): its label if known, else the code. */
  const known = (prefix: string, code: string | null | undefined) =>
    !code ? '' : i18n.exists(`${prefix}.${code}`) ? raw(`${prefix}.${code}`) : code;
  return {
    ...format,
    status: (v: CaseStatus | undefined) => (v ? t(`enums.caseStatus.${v}`) : ''),
    category: (v: CaseCategory | undefined) => (v ? t(`enums.caseCategory.${v}`) : ''),
    channel: (v: IntakeChannel | undefined) => (v ? t(`enums.intakeChannel.${v}`) : ''),
    sex: (v: Sex | undefined) => (v ? t(`enums.sex.${v}`) : ''),
    idDocumentType: (v: IdDocumentType | undefined) => (v ? t(`enums.idDocumentType.${v}`) : ''),
    /** The contract types the identification's codes as plain strings: unknown ones show as they are. */
    result: (v: string | null | undefined) => known('enums.identificationResult', v),
    receiver: (v: HandoverReceiver | undefined) => (v ? t(`enums.handoverReceiver.${v}`) : ''),
    fieldGroup: (v: FieldGroup | undefined) => (v ? t(`enums.fieldGroup.${v}`) : ''),
    purpose: (v: ConsentPurpose | undefined) => (v ? t(`enums.consentPurpose.${v}`) : ''),
    method: (v: ConsentMethod | undefined) => (v ? t(`enums.consentMethod.${v}`) : ''),
    giver: (v: ConsentGiver | undefined) => (v ? t(`enums.consentGiver.${v}`) : ''),
    duplicateReason: (v: DuplicateReason | undefined) => (v ? t(`enums.duplicateReason.${v}`) : ''),
    exploitationForm: (v: string) => known('enums.exploitationForm', v),
    meansOfControl: (v: string) => known('enums.meansOfControl', v),
    recruiterRelation: (v: string | null | undefined) => known('enums.recruiterRelation', v),
    labourType: (v: string) => known('enums.labourType', v),
    sexualExploitationType: (v: string) => known('enums.sexualExploitationType', v),
    timelineType: (v: string | undefined) => known('cases.timeline.types', v),
    /** "24 years old" from the birth date, or "about 24 years old" from the estimate. */
    age: (person: Pick<PersonView, 'birthDate' | 'estimatedAge'>) => {
      if (person.birthDate) return format.date(person.birthDate);
      if (person.estimatedAge !== null && person.estimatedAge !== undefined) {
        return t('cases.person.estimatedAgeValue', { count: person.estimatedAge });
      }
      return '';
    },
  };
}
