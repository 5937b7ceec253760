import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import { isApiProblem } from '@/lib/api/problem';
import { useProvinces } from '../api/get-provinces';
import type { CashRateUnit, Place, SupportType } from '../types';

/** Cash in đồng, always written the Vietnamese way (1.500.000 ₫): the amounts are Vietnamese. */
const VND = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

/** Labels of the cash-rate screen: supports, units, amounts, provinces by code, and its own problem code. */
export function useCashRateLabels() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const provinces = useProvinces();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  const placeName = (place: Place) => (english && place.nameEn ? place.nameEn : (place.nameVi ?? place.code ?? ''));
  return {
    date: format.date,
    type: (v: SupportType | undefined) => (v ? t(`support.types.${v}`) : ''),
    unit: (v: CashRateUnit | undefined) => (v ? t(`support.units.${v}`) : ''),
    vnd: (amount: number | null | undefined) => (amount === null || amount === undefined ? '' : VND.format(amount)),
    placeName,
    /** The province's name in the reader's language, or its code while the list is loading or when unknown. */
    province: (code: string | null | undefined) => {
      if (!code) return '';
      const found = provinces.data?.find((p) => p.code === code);
      return found ? placeName(found) : code;
    },
    /** The message of a cash-rate problem the shared messages do not know, else undefined. */
    problem: (error: unknown) =>
      isApiProblem(error) && error.code === 'cash-rate.overlap' ? t('support.problems.cashRateOverlap') : undefined,
  };
}
