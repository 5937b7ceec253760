import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary, type SummaryItem } from '@/components/ui/error-summary';
import type { ReferralStatus } from '../types';
import { StepProblem } from './step-problem';

interface StepDialogProps {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** The last failed try; after a lost race the referral has been read again. */
  error: unknown;
  /** The referral's status now, to say what it became after a reload. */
  status: ReferralStatus | undefined;
  summary: SummaryItem[];
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A step of a referral as a form in a modal dialog: intro, errors, fields, confirm and back.
 * "Back" rather than "Cancel", which would read as cancelling the referral.
 */
export function StepDialog({ title, intro, submitLabel, pending, error, status, summary, onSubmit, onClose, children }: StepDialogProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-busy={pending}>
        <p>{intro}</p>
        {error !== null && error !== undefined && !pending && <StepProblem error={error} status={status} />}
        <ErrorSummary items={summary} />
        {children}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t('referrals.actions.working') : submitLabel}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('referrals.actions.back')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
