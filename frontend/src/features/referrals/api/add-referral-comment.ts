import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import type { CommentRequest, ReferralStep } from '../types';
import { referralKeys } from './query-keys';

export interface AddCommentInput {
  id: string;
  body: CommentRequest;
  /** How many comments this form has added: the same text said twice is two comments, a retry is one. */
  sequence: number;
}

export async function addReferralComment(
  client: ApiClient,
  { id, body }: AddCommentInput,
  idempotencyKey: string,
): Promise<ReferralStep> {
  return dataOf(
    await client.POST('/api/v1/referrals/{id}/comments', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useAddReferralComment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: AddCommentInput) => addReferralComment(client, input, keyFor(input)),
    // A comment changes the referral's version too: read it again, so that the next step's If-Match holds.
    onSuccess: (_, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.comments(id) }),
        queryClient.invalidateQueries({ queryKey: referralKeys.detail(id) }),
      ]),
  });
}
