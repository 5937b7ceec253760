import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/api/problem';
import type { Complete } from '@/lib/enums';
import type { SupportType } from '../api/get-entitlements';
import type { CaseView } from '../types';

const supportTypes = [
  'ESSENTIAL_NEEDS',
  'MEDICAL',
  'INTERPRETATION',
  'LEGAL_INFORMATION',
  'LEGAL_AID',
  'TRAVEL',
  'PSYCHOLOGICAL',
  'SCHOOLING',
  'VOCATIONAL_AND_JOB',
  'INITIAL_HARDSHIP_ALLOWANCE',
  'LOAN',
  'HEALTH_INSURANCE',
  'SHELTER_STAY',
] as const satisfies readonly SupportType[];
/** The supports in the law's order (a…k), then the two the project adds. */
export const SUPPORT_TYPES: Complete<SupportType, typeof supportTypes> = supportTypes;

/** A person of the case who may receive support: the person received, or an accompanying child. */
export interface CasePerson {
  id: string;
  name: string;
  child: boolean;
}

/** The main person first, then the accompanying children, as the entitlements list them. */
export function casePeople(caseView: CaseView): CasePerson[] {
  return [
    ...(caseView.person?.id ? [{ id: caseView.person.id, name: caseView.person.fullName ?? '', child: false }] : []),
    ...(caseView.accompanyingChildren ?? []).flatMap((c) => (c.id ? [{ id: c.id, name: c.fullName ?? '', child: true }] : [])),
  ];
}

const REASON_PREFIX = 'entitlement.';

/** Problems of the support API that the shared problem messages do not know, by code. */
const PROBLEM_KEYS = {
  'support.not-entitled': 'support.problems.notEntitled',
  'support.override-needs-supervisor': 'support.problems.overrideNeedsSupervisor',
} as const;

/** Cash in đồng, always written the Vietnamese way (1.500.000 ₫): the amounts are Vietnamese. */
const VND = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

/** Labels of the support plan: support types, denial reasons, amounts, and its own problem codes. */
export function useSupportLabels() {
  const { t, i18n } = useTranslation();
  const raw = t as unknown as (key: string, options?: object) => string;
  return {
    /** "Trần Thị Mai (người được tiếp nhận)", "Trần Minh An (trẻ đi cùng)". */
    person: (person: CasePerson | undefined) =>
      !person
        ? t('support.entitlements.unknownPerson')
        : t(person.child ? 'support.entitlements.childPerson' : 'support.entitlements.mainPerson', { name: person.name }),
    type: (v: SupportType | undefined) => (v ? t(`support.types.${v}`) : ''),
    letter: (letter: string | null | undefined) => (letter ? t('support.letter', { letter }) : ''),
    /** A reason code (`entitlement.foreign-victim`) in words; a code the UI does not know shows as it is. */
    reason: (code: string | null | undefined) => {
      if (!code) return '';
      const key = `support.reasons.${code.startsWith(REASON_PREFIX) ? code.slice(REASON_PREFIX.length) : code}`;
      return i18n.exists(key) ? raw(key) : code;
    },
    vnd: (amount: number | null | undefined) => (amount === null || amount === undefined ? '' : VND.format(amount)),
    /** The message of a support problem, or undefined to let the shared problem messages speak. */
    problem: (error: unknown): string | undefined => {
      if (!isApiProblem(error) || !error.code || !(error.code in PROBLEM_KEYS)) return undefined;
      return t(PROBLEM_KEYS[error.code as keyof typeof PROBLEM_KEYS]);
    },
  };
}
