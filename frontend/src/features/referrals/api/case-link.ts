import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { ApiProblem } from '@/lib/api/problem';
import { versionedReferral } from './get-referral';
import { referralKeys } from './query-keys';

/**
 * Links a club's referral to a case of the caller's organization, found by its number: the
 * case list answers a number search with at most one case.
 */
export function useLinkReferralToCase(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ caseNumber, etag }: { caseNumber: string; etag: string }) => {
      const found = dataOf(await client.GET('/api/v1/cases', { params: { query: { q: caseNumber.trim(), size: 2 } } }));
      const match = (found.items ?? []).find((c) => c.caseNumber === caseNumber.trim());
      if (!match?.id) {
        throw new ApiProblem({ status: 404, title: 'Not found', code: 'referral.case-number-unknown' });
      }
      return versionedReferral(
        await client.PUT('/api/v1/referrals/{id}/linked-case', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: { caseId: match.id },
        }),
      );
    },
    onSuccess: (changed) => queryClient.setQueryData(referralKeys.detail(id), changed),
    onError: () => queryClient.invalidateQueries({ queryKey: referralKeys.detail(id) }),
  });
}

/** Removes a link made by mistake. */
export function useUnlinkReferral(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string) =>
      versionedReferral(
        await client.DELETE('/api/v1/referrals/{id}/linked-case', { params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: (changed) => queryClient.setQueryData(referralKeys.detail(id), changed),
    onError: () => queryClient.invalidateQueries({ queryKey: referralKeys.detail(id) }),
  });
}
