import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import type { CaseStatus, RoomStatus } from '../types';

/** Labels of the shelter screens: room and case statuses, and dates in the reader's language. */
export function useShelterLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    dateTime: format.dateTime,
    roomStatus: (v: RoomStatus | undefined) => (v ? t(`shelter.statuses.${v}`) : ''),
    caseStatus: (v: CaseStatus | undefined) => (v ? t(`enums.caseStatus.${v}`) : ''),
    person: (name: string | null | undefined) => name || t('shelter.board.unknownPerson'),
  };
}
