import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import { ApiProblem, isApiProblem } from '@/lib/api/problem';
import type { Complete } from '@/lib/enums';
import type { AtRisk, DocumentKind, Measure, RiskLevel, ThreatSource } from '../api/care-types';
import type { CaseStatus } from '../types';

const riskLevels = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const satisfies readonly RiskLevel[];
export const RISK_LEVELS: Complete<RiskLevel, typeof riskLevels> = riskLevels;

const threatSources = [
  'TRAFFICKER_OR_NETWORK',
  'RECRUITER',
  'DEBT_HOLDER',
  'FAMILY_MEMBER',
  'PARTNER',
  'COMMUNITY',
  'OTHER',
] as const satisfies readonly ThreatSource[];
export const THREAT_SOURCES: Complete<ThreatSource, typeof threatSources> = threatSources;

const atRisk = ['PERSON', 'CHILDREN', 'FAMILY', 'WITNESSES'] as const satisfies readonly AtRisk[];
export const AT_RISK: Complete<AtRisk, typeof atRisk> = atRisk;

const measures = [
  'SAFE_SHELTER',
  'POLICE_PROTECTION',
  'IDENTITY_CONFIDENTIALITY',
  'RELOCATION',
  'CONTACT_RESTRICTION',
  'SAFETY_PLAN',
  'ESCORT',
  'OTHER',
] as const satisfies readonly Measure[];
export const MEASURES: Complete<Measure, typeof measures> = measures;

const documentKinds = [
  'IDENTIFICATION_DECISION',
  'HANDOVER_MINUTES',
  'VERIFICATION_RECORD',
  'IDENTITY_DOCUMENT',
  'MEDICAL_RECORD',
  'CONSENT_FORM',
  'OTHER',
] as const satisfies readonly DocumentKind[];
export const DOCUMENT_KINDS: Complete<DocumentKind, typeof documentKinds> = documentKinds;

/** The contract's 1 (not reintegrated) to 5 (fully reintegrated). */
export const REINTEGRATION_SCORES = [1, 2, 3, 4, 5] as const;
export type ReintegrationScore = (typeof REINTEGRATION_SCORES)[number];

/** The statuses in which the server takes follow-up visits: after the handover (CareRecords). */
export const VISIT_STATUSES: readonly CaseStatus[] = ['HANDED_OVER', 'FOLLOW_UP'];

/** The words say the level; the colour only repeats it. */
const LEVEL_BADGES: Record<RiskLevel, string> = {
  LOW: 'badge badge--active',
  MEDIUM: 'badge badge--case-open',
  HIGH: 'badge badge--overdue',
  CRITICAL: 'badge badge--overdue',
};

/** The panel of the current level, red from HIGH up. */
const LEVEL_PANELS: Record<RiskLevel, string> = {
  LOW: 'alert alert--success',
  MEDIUM: 'alert alert--warning',
  HIGH: 'alert alert--error',
  CRITICAL: 'alert alert--error',
};

/** Problems of these tabs that the shared problem messages do not know, by code. */
const PROBLEM_KEYS = {
  'case.closed': 'care.protection.closedProblem',
  'case.not-handed-over': 'care.followUp.notHandedOverProblem',
  'document.too-large': 'care.documents.tooLargeProblem',
  'document.unsupported-type': 'care.documents.unsupportedTypeProblem',
} as const;

/** Labels of protection, follow-up and documents: their enums, scores, file sizes and problem codes. */
export function useCareLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  const number = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  return {
    ...format,
    level: (v: RiskLevel | undefined) => (v ? t(`care.protection.levels.${v}`) : ''),
    levelBadge: (v: RiskLevel | undefined) => (v ? LEVEL_BADGES[v] : 'badge'),
    levelPanel: (v: RiskLevel | undefined) => (v ? LEVEL_PANELS[v] : 'alert'),
    threatSource: (v: ThreatSource) => t(`care.protection.threatSourceValues.${v}`),
    atRisk: (v: AtRisk) => t(`care.protection.atRiskValues.${v}`),
    measure: (v: Measure) => t(`care.protection.measureValues.${v}`),
    kind: (v: DocumentKind | undefined) => (v ? t(`care.documents.kinds.${v}`) : ''),
    /** "3/5: Partly reintegrated". */
    score: (v: number | null | undefined) =>
      v && v >= 1 && v <= 5
        ? t('care.followUp.scoreValue', { score: v, label: t(`care.followUp.scores.${String(v) as `${ReintegrationScore}`}`) })
        : '',
    /** 950 B, 12,5 KB, 1,2 MB (binary units, as the limit is counted). */
    fileSize: (bytes: number | null | undefined) => {
      if (bytes === null || bytes === undefined) return '';
      if (bytes < 1024) return `${number.format(bytes)} B`;
      if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
      return `${number.format(bytes / (1024 * 1024))} MB`;
    },
    /** "PDF", "PNG": the format a reader knows, from the media type. */
    mediaFormat: (mediaType: string | undefined) => (mediaType ? (mediaType.split('/').pop() ?? '').toUpperCase() : ''),
    /**
     * The error with the message of its code in the reader's language when these tabs know the
     * code, for ProblemAlert to show; any other error as it is.
     */
    problem: (error: unknown): unknown => {
      if (!isApiProblem(error) || !error.code || !(error.code in PROBLEM_KEYS)) return error;
      const key = PROBLEM_KEYS[error.code as keyof typeof PROBLEM_KEYS];
      return new ApiProblem({ status: error.status, code: error.code, title: t(key), worded: true }, { cause: error });
    },
  };
}
