import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../types';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

/** Which label list translates each timeline parameter; the rest are shown as they are. */
const CODE_LISTS: Record<string, string> = {
  channel: 'enums.intakeChannel',
  category: 'enums.caseCategory',
  receiver: 'enums.handoverReceiver',
  purpose: 'enums.consentPurpose',
  fieldGroups: 'enums.fieldGroup',
  support: 'support.types',
  level: 'care.protection.levels',
  measures: 'care.protection.measureValues',
  kind: 'care.documents.kinds',
  serviceType: 'enums.serviceType',
  outcome: 'enums.referralOutcome',
};

/** Codes of other features' entries, worded by their own label lists (keyed by the entry's type). */
const CODE_LISTS_OF_TYPE: Record<string, Record<string, string>> = {
  HOTLINE_TICKET_LINKED: { urgency: 'hotline.urgencies', channel: 'hotline.channels' },
};

/**
 * A timeline entry in the reader's language: the server sends its facts as codes and numbers
 * (`params`), worded here by `cases.timeline.details.<TYPE>`; an entry the SPA does not know
 * falls back to the server's English summary. A worker's note follows after a dash.
 */
export function useTimelineText() {
  const { t, i18n } = useTranslation();
  const raw = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const label = (list: string, code: string) => (i18n.exists(`${list}.${code}`) ? raw(`${list}.${code}`) : code);
  const word = (type: string, name: string, value: string) => {
    const list = CODE_LISTS_OF_TYPE[type]?.[name] ?? CODE_LISTS[name];
    if (!list) return value;
    return value
      .split(',')
      .map((code) => label(list, code.trim()))
      .join(', ');
  };
  return (event: Pick<TimelineEvent, 'type' | 'params' | 'summary'>): string => {
    const params = (event.params ?? {}) as Record<string, string>;
    const key = `cases.timeline.details.${event.type ?? ''}`;
    const note = params.note ? ` — ${params.note}` : '';
    if (!event.type || !i18n.exists(key)) return event.summary ?? '';
    const worded: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) worded[name] = word(event.type, name, value);
    worded.amount = params.amountVnd ? `: ${vnd.format(Number(params.amountVnd))}` : '';
    const text = raw(key, { ...worded, context: contextOf(event.type, params) });
    return `${text}${note}`.trim().replace(/^— /, '');
  };
}

/** The i18next context picking a variant of the wording, where a fact may be missing. */
function contextOf(type: string, params: Record<string, string>): string | undefined {
  if (type === 'IDENTIFIED') return params.documentNumber ? 'decision' : undefined;
  if (type === 'NOTE_ADDED') return params.confidential === 'true' ? 'confidential' : undefined;
  if (type === 'SUPPORT_DELIVERED') return params.override === 'true' ? 'override' : undefined;
  if (type === 'FOLLOW_UP_VISIT') return params.score ? 'score' : undefined;
  if (type === 'REFERRAL_COMPLETED') return params.outcome ? 'outcome' : undefined;
  return undefined;
}
