import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { AuditVerification } from '../types';

/** Recomputes the audit trail's hash chain on the server: valid, or the first event that breaks it. */
export async function verifyAuditChain(client: ApiClient): Promise<AuditVerification> {
  return dataOf(await client.GET('/api/v1/audit/verification'));
}

/** A check the user starts, and may run again; never cached, never retried on its own. */
export function useVerifyAuditChain() {
  const client = useApiClient();
  return useMutation({ mutationFn: () => verifyAuditChain(client) });
}
