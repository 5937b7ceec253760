import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import type { CaseView, Versioned } from '../types';
import { caseKeys } from './query-keys';

/** A change of a case: which one, the ETag last read (If-Match; 412 when stale) and the body. */
export interface CaseChangeInput<Body> {
  id: string;
  etag: string;
  body: Body;
}

export type CaseChangeCall<Body> = (client: ApiClient, input: CaseChangeInput<Body>) => Promise<Versioned<CaseView>>;

/**
 * The mutation shared by the lifecycle's steps: each answers the changed case, which replaces
 * the cached one; lists and the timeline are fetched again.
 */
export function useCaseChange<Body>(call: CaseChangeCall<Body>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseChangeInput<Body>) => call(client, input),
    onSuccess: (changed, { id }) => {
      queryClient.setQueryData(caseKeys.detail(id), changed);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(id) }),
      ]);
    },
  });
}

/** The mutation of one lifecycle step, as its dialog drives it. */
export type CaseChangeMutation<Body> = ReturnType<typeof useCaseChange<Body>>;
