import type { ReferralListParams } from '../types';

/** Query keys of referrals, so that a step refreshes the referral, every list and its comments. */
export const referralKeys = {
  all: ['referrals'] as const,
  lists: ['referrals', 'list'] as const,
  list: (params: ReferralListParams) => ['referrals', 'list', params] as const,
  detail: (id: string) => ['referrals', 'detail', id] as const,
  comments: (id: string) => ['referrals', 'comments', id] as const,
  /** Not under `all`: the case's consents and the directory's services change elsewhere. */
  caseConsents: (caseId: string) => ['referral-sources', 'consents', caseId] as const,
  services: (organizationId: string) => ['referral-sources', 'services', organizationId] as const,
  service: (id: string) => ['referral-sources', 'service', id] as const,
};
