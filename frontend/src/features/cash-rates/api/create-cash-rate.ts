import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { CashRate, CashRateRequest } from '../types';
import { cashRateKeys } from './query-keys';

/** Adds a rate; a period overlapping another of the same province and support is 409 cash-rate.overlap. */
export async function createCashRate(client: ApiClient, body: CashRateRequest): Promise<CashRate> {
  return dataOf(await client.POST('/api/v1/cash-rates', { body }));
}

export function useCreateCashRate() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CashRateRequest) => createCashRate(client, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cashRateKeys.all }),
  });
}
