import type { CashRateListParams } from '../types';

/** Query keys of the cash rates, so that a change refreshes every filtered list. */
export const cashRateKeys = {
  all: ['cash-rates'] as const,
  list: (params: CashRateListParams) => ['cash-rates', 'list', params] as const,
  provinces: ['places', 'provinces'] as const,
};
