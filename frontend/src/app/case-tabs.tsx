import { lazy, Suspense } from 'react';
import { Loading } from '@/components/ui/loading';
import type { CaseTab } from '@/features/cases/components/case-page';

// Loaded with the tab, so that the case page does not wait for the referral screens.
const CaseReferrals = lazy(() =>
  import('@/features/referrals/components/case-referrals').then((m) => ({ default: m.CaseReferrals })),
);

const CaseAccessHistory = lazy(() =>
  import('@/features/audit/components/case-access-history').then((m) => ({ default: m.CaseAccessHistory })),
);

/** Tabs of other features on the case page, composed here because features do not import each other. */
export const CASE_EXTRA_TABS: readonly CaseTab[] = [
  {
    id: 'referrals',
    label: 'referrals.caseTab.title',
    render: (caseView) => (
      <Suspense fallback={<Loading />}>
        <CaseReferrals caseId={caseView.id ?? ''} caseNumber={caseView.caseNumber ?? ''} closed={caseView.status === 'CLOSED'} />
      </Suspense>
    ),
  },
  {
    id: 'access',
    label: 'audit.caseHistory.title',
    render: (caseView) => (
      <Suspense fallback={<Loading />}>
        <CaseAccessHistory caseId={caseView.id ?? ''} organizationId={caseView.organizationId} />
      </Suspense>
    ),
  },
];
