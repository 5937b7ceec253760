import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { CashRate, CashRateRequest } from '../types';
import { cashRateKeys } from './query-keys';

export interface UpdateCashRateInput {
  id: string;
  /** The version last read, sent as the ETag in If-Match; the server answers 412 when someone changed the rate since. */
  version: number;
  body: CashRateRequest;
}

/** The ETag of a rate: the list has no ETag header per row, and the server's ETag is its quoted version. */
export function cashRateEtag(version: number): string {
  return `"${version}"`;
}

export async function updateCashRate(client: ApiClient, { id, version, body }: UpdateCashRateInput): Promise<CashRate> {
  return dataOf(
    await client.PUT('/api/v1/cash-rates/{id}', {
      params: { path: { id }, header: { 'If-Match': cashRateEtag(version) } },
      body,
    }),
  );
}

export function useUpdateCashRate() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCashRateInput) => updateCashRate(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cashRateKeys.all }),
  });
}
