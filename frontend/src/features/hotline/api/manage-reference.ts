import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { hotlineKeys } from './query-keys';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type LineRequest = Json<paths['/api/v1/hotline/lines']['post']['requestBody']>;
export type CategoryRequest = Json<paths['/api/v1/hotline/categories/{code}']['put']['requestBody']>;

/** Adds a line (no id) or changes one over its version (If-Match); admins only. */
export function useSaveLine() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id?: string; version?: number; body: LineRequest }) =>
      id
        ? dataOf(await client.PUT('/api/v1/hotline/lines/{id}', { params: { path: { id }, header: { 'If-Match': `"${version ?? 0}"` } }, body }))
        : dataOf(await client.POST('/api/v1/hotline/lines', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hotlineKeys.lines }),
  });
}

/** Adds a category to the taxonomy (no version) or changes one over its version (If-Match; its code stays); admins only. */
export function useSaveCategory() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, version, body }: { code: string; version?: number; body: CategoryRequest }) =>
      dataOf(
        await client.PUT('/api/v1/hotline/categories/{code}', {
          params: { path: { code }, header: version === undefined ? {} : { 'If-Match': `"${version}"` } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hotlineKeys.categories }),
  });
}
