import { dataOf, type ApiClient } from '@/lib/api/client';
import { acceptAnyType } from '@/lib/files';

/** The referral letter as a PDF in the official layout, showing the person only as the referral shares them; the server audits the print. */
export async function printReferralLetter(client: ApiClient, referralId: string): Promise<Blob> {
  return dataOf(
    await client.GET('/api/v1/referrals/{id}/letter', {
      params: { path: { id: referralId } },
      parseAs: 'blob',
      middleware: [acceptAnyType],
    }),
  );
}
