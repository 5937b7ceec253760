import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { IntakePage } from '@/features/cases/components/intake-page';
import { intakeValuesFromPrefill } from '@/features/cases/components/intake-values';
import { useReferral } from '@/features/referrals/api/get-referral';
import type { Referral } from '@/features/referrals/types';

/** The intake category a club's target group suggests; the worker confirms or changes it. */
const CATEGORY_BY_GROUP: Record<string, string> = {
  VICTIM: 'PRESUMED_VICTIM',
  RETURNED_ILLEGAL_MIGRANT: 'RETURNED_MIGRANT',
  AT_RISK: 'AT_RISK',
  PROSPECTIVE_MIGRANT_WORKER: 'PROSPECTIVE_MIGRANT_WORKER',
  RELATIVE_OF_VICTIM: 'RELATIVE',
};

/** What the club shared, as the intake's starting values: nothing more than the referral carries. */
export function prefillFromClubPerson(referral: Referral) {
  const person = referral.clubPerson;
  return {
    channel: 'OUTREACH',
    category: CATEGORY_BY_GROUP[person?.targetGroup ?? ''],
    narrative: person?.said ?? undefined,
    person: {
      fullName: person?.fullName ?? undefined,
      sex: person?.sex ?? undefined,
      phone: person?.phone ?? undefined,
      homePlaceCode: person?.placeCode ?? undefined,
    },
  };
}

/**
 * Opening an intake from a club's referral, composed here because features do not import each
 * other: the referral prefills what the club shared, the cases feature receives, and the server
 * links the new case to the referral in the same transaction.
 */
export function ReferralIntake() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const referral = useReferral(id);
  if (referral.isPending) return <Loading />;
  if (referral.isError) return <ProblemAlert error={referral.error} onRetry={() => void referral.refetch()} />;
  const data = referral.data.data;
  return (
    <IntakePage
      source={{
        initial: intakeValuesFromPrefill(prefillFromClubPerson(data)),
        link: { fromReferralId: id },
        title: t('referrals.caseLink.intakeTitle', { club: data.sender?.nameVi ?? '' }),
        intro: t('referrals.caseLink.intakeIntro'),
      }}
    />
  );
}
