import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { withoutEmpty } from '@/lib/api/query-params';
import type { CashRate, CashRateListParams } from '../types';
import { cashRateKeys } from './query-keys';

/** The rates matching the filters, by province, support and newest period first (not paged: a few hundred at most). */
export async function getCashRates(client: ApiClient, params: CashRateListParams, signal?: AbortSignal): Promise<CashRate[]> {
  const body = dataOf(await client.GET('/api/v1/cash-rates', { params: { query: params }, signal }));
  return body.items ?? [];
}

export function getCashRatesQueryOptions(client: ApiClient, params: CashRateListParams) {
  const query = withoutEmpty(params);
  return queryOptions({
    queryKey: cashRateKeys.list(query),
    queryFn: ({ signal }) => getCashRates(client, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCashRates(params: CashRateListParams) {
  return useQuery(getCashRatesQueryOptions(useApiClient(), params));
}
