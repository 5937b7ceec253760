import { useTranslation } from 'react-i18next';
import type { ReferralStatus, Urgency } from '../types';
import { useReferralLabels } from './use-referral-labels';

const kebab = (value: string) => value.toLowerCase().replace(/_/g, '-');

/** A referral's status in words; `data-status` carries the code for tests and styles. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus | undefined }) {
  const labels = useReferralLabels();
  if (!status) return null;
  return (
    <span className={`badge badge--referral-${kebab(status)}`} data-status={status}>
      {labels.status(status)}
    </span>
  );
}

/** How urgent a referral is, in words, so that an emergency does not stand out by colour alone. */
export function UrgencyBadge({ urgency }: { urgency: Urgency | undefined }) {
  const labels = useReferralLabels();
  if (!urgency) return null;
  return (
    <span className={`badge badge--urgency-${kebab(urgency)}`} data-urgency={urgency}>
      {labels.urgency(urgency)}
    </span>
  );
}

/** Sent, unanswered and past its answer's due time. */
export function OverdueBadge({ overdue }: { overdue: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <span className="badge badge--overdue" data-overdue="true">
      {t('referrals.overdue')}
    </span>
  );
}
