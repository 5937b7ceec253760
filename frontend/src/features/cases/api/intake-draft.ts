import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { isApiProblem } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';
import { caseKeys } from './query-keys';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
/** The caller's half-done intake as the server keeps it (encrypted, the author's only). */
export type ServerDraft = Json<paths['/api/v1/intake-drafts/mine']['get']['responses'][200]>;
export type SaveDraftRequest = Json<paths['/api/v1/intake-drafts/mine']['put']['requestBody']>;

/** The caller's draft, or null when there is none (404 intake-draft.none). */
export async function getMyIntakeDraft(client: ApiClient, signal?: AbortSignal): Promise<ServerDraft | null> {
  try {
    return dataOf(await client.GET('/api/v1/intake-drafts/mine', { signal }));
  } catch (error) {
    if (isApiProblem(error) && error.status === 404) return null;
    throw error;
  }
}

export function getMyIntakeDraftQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: caseKeys.draft,
    queryFn: ({ signal }) => getMyIntakeDraft(client, signal),
    // Read once when the form opens; what is typed afterwards is the truth.
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useMyIntakeDraft(enabled: boolean) {
  return useQuery({ ...getMyIntakeDraftQueryOptions(useApiClient()), enabled });
}

/** The If-Match of a draft save or discard: the version this tab last saw, none before the first save. */
function ifMatch(version: number | undefined) {
  return version === undefined ? {} : { 'If-Match': `"${version}"` };
}

/** Keeps the form over the version this tab last saw; 412 when another tab or device saved it since. */
export function useSaveIntakeDraft() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ body, version }: { body: SaveDraftRequest; version?: number }) =>
      dataOf(await client.PUT('/api/v1/intake-drafts/mine', { params: { header: ifMatch(version) }, body })),
  });
}

export function useDiscardIntakeDraft() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version?: number) => {
      const { response } = await client.DELETE('/api/v1/intake-drafts/mine', { params: { header: ifMatch(version) } });
      if (!response.ok) throw new Error(`discard failed: ${response.status}`);
    },
    onSuccess: () => queryClient.setQueryData(caseKeys.draft, null),
  });
}
