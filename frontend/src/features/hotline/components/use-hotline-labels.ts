import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import type {
  CallbackStatus,
  CallerRelation,
  Category,
  Channel,
  ConcernedSex,
  Direction,
  FlagKind,
  HistoryType,
  Outcome,
  TicketAction,
  TicketStatus,
  Urgency,
} from '../types';

/** Labels of the hotline screens in the reader's language; category names come from the taxonomy itself. */
export function useHotlineLabels() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  return {
    ...format,
    status: (v: TicketStatus | undefined) => (v ? t(`hotline.statuses.${v}`) : ''),
    urgency: (v: Urgency | undefined) => (v ? t(`hotline.urgencies.${v}`) : ''),
    channel: (v: Channel | undefined) => (v ? t(`hotline.channels.${v}`) : ''),
    direction: (v: Direction | undefined) => (v ? t(`hotline.directions.${v}`) : ''),
    relation: (v: CallerRelation | undefined) => (v ? t(`hotline.relations.${v}`) : ''),
    sex: (v: ConcernedSex | undefined) => (v ? t(`hotline.sexes.${v}`) : ''),
    action: (v: TicketAction | undefined) => (v ? t(`hotline.actions.${v}`) : ''),
    outcome: (v: Outcome | undefined) => (v ? t(`hotline.outcomes.${v}`) : ''),
    callbackStatus: (v: CallbackStatus | undefined) => (v ? t(`hotline.callbackStatuses.${v}`) : ''),
    flagKind: (v: FlagKind | undefined) => (v ? t(`hotline.flagKinds.${v}`) : ''),
    historyType: (v: HistoryType | undefined) => (v ? t(`hotline.historyTypes.${v}`) : ''),
    /** A category's name from the taxonomy; its code when the taxonomy is not loaded or lacks it. */
    category: (code: string | undefined, categories: readonly Category[] | undefined) => {
      const found = categories?.find((c) => c.code === code);
      if (!found) return code ?? '';
      return (english && found.nameEn ? found.nameEn : found.nameVi) ?? code ?? '';
    },
    lineName: (line: { nameVi?: string; nameEn?: string; code?: string } | undefined | null) =>
      !line ? '' : ((english ? line.nameEn : line.nameVi) ?? line.code ?? ''),
    time: (iso: string | null | undefined) =>
      iso ? new Intl.DateTimeFormat(format.locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso)) : '',
  };
}
