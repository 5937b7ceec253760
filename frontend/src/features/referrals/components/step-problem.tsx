import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/lib/api/problem-message';
import { isRace } from '../api/referral-change';
import type { ReferralStatus } from '../types';
import { useReferralLabels } from './use-referral-labels';

interface StepProblemProps {
  error: unknown;
  /** The referral's status as read again after a lost race. */
  status: ReferralStatus | undefined;
}

/**
 * A failed step, announced. When someone else acted first (409) or changed the referral since
 * it was read (412), the referral has been read again: say so, and what its status is now.
 */
export function StepProblem({ error, status }: StepProblemProps) {
  const { t, i18n } = useTranslation();
  const labels = useReferralLabels();
  const { message, detail } = describeProblem(error, i18n);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{message}</p>
      {detail && <p className="alert__detail">{detail}</p>}
      {isRace(error) && status && <p className="alert__detail">{t('referrals.page.reloaded', { status: labels.status(status) })}</p>}
    </div>
  );
}
