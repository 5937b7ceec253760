import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/ui/notice';
import { useHasRole } from '@/lib/auth/get-me';
import { useAcceptReferral } from '../api/accept-referral';
import { useCancelReferral } from '../api/cancel-referral';
import { useCompleteReferral } from '../api/complete-referral';
import { useDeclineReferral } from '../api/decline-referral';
import { useEscalateReferral } from '../api/escalate-referral';
import { useSendReferral } from '../api/send-referral';
import { useStartReferral } from '../api/start-referral';
import { REFERRAL_SENDER_ROLES } from '../roles';
import { availableActs, type ReferralAct } from '../transitions';
import type { Referral } from '../types';
import { CompleteDialog } from './complete-dialog';
import { StepProblem } from './step-problem';
import { TextStepDialog } from './text-step-dialog';
import { useReferralLabels } from './use-referral-labels';

/** Steps taken with one click; the others ask for a reason, a note or the outcome first. */
const IMMEDIATE: readonly ReferralAct[] = ['send', 'accept', 'start'];

interface ReferralActionsProps {
  referral: Referral;
  etag: string;
  /** A step is being taken: earlier messages of the page are out of date. */
  onActing: () => void;
}

/**
 * The steps the caller's side may take from the referral's status, as buttons; send, accept and
 * start go at once, decline, complete, cancel and escalate open a dialog. Each sends the
 * referral's ETag in If-Match. When someone else acted first (409) or changed the referral (412)
 * it is read again and the message says what it is now; a dialog for a step no longer possible
 * closes, and its message shows here instead.
 */
export function ReferralActions({ referral, etag, onActing }: ReferralActionsProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const sender = useHasRole(...REFERRAL_SENDER_ROLES);
  const steps = {
    send: useSendReferral(),
    accept: useAcceptReferral(),
    decline: useDeclineReferral(),
    start: useStartReferral(),
    complete: useCompleteReferral(),
    cancel: useCancelReferral(),
    escalate: useEscalateReferral(),
  };
  const acts = availableActs(referral, { sender });
  /** The step last tried, whose outcome the message tells. */
  const [last, setLast] = useState<ReferralAct | null>(null);
  const [open, setOpen] = useState<ReferralAct | null>(null);
  const id = referral.id ?? '';
  const busy = IMMEDIATE.some((act) => steps[act as 'send' | 'accept' | 'start'].isPending);
  const dialogShown = open !== null && acts.includes(open);

  const begin = (act: ReferralAct) => {
    onActing();
    setLast(act);
    if (IMMEDIATE.includes(act)) {
      steps[act as 'send' | 'accept' | 'start'].mutate({ id, etag, body: {} });
    } else {
      // A dialog opens clean, without the problem of an earlier try.
      steps[act].reset();
      setOpen(act);
    }
  };
  const done = () => setOpen(null);
  const closeDialog = () => {
    setOpen(null);
    setLast(null);
  };

  const lastStep = last ? steps[last] : null;
  // A dialog's own problems show in the dialog while it is open.
  const showHere = lastStep && !(last === open && dialogShown);
  const status = labels.status(referral.status);

  const dialogProps = { referralId: id, etag, status: referral.status, onClose: closeDialog, onDone: done };
  let dialog = null;
  if (dialogShown) {
    switch (open) {
      case 'decline':
        dialog = (
          <TextStepDialog
            {...dialogProps}
            title={t('referrals.actions.declineTitle')}
            intro={t('referrals.actions.declineIntro')}
            submitLabel={t('referrals.actions.declineSubmit')}
            field="reason"
            mutation={steps.decline}
            toBody={(reason) => ({ reason })}
          />
        );
        break;
      case 'cancel':
        dialog = (
          <TextStepDialog
            {...dialogProps}
            title={t('referrals.actions.cancelTitle')}
            intro={t('referrals.actions.cancelIntro')}
            submitLabel={t('referrals.actions.cancelSubmit')}
            field="reason"
            mutation={steps.cancel}
            toBody={(reason) => ({ reason })}
          />
        );
        break;
      case 'escalate':
        dialog = (
          <TextStepDialog
            {...dialogProps}
            title={t('referrals.actions.escalateTitle')}
            intro={t('referrals.actions.escalateIntro')}
            submitLabel={t('referrals.actions.escalateSubmit')}
            field="note"
            mutation={steps.escalate}
            toBody={(note) => ({ note: note || undefined })}
          />
        );
        break;
      case 'complete':
        dialog = <CompleteDialog {...dialogProps} mutation={steps.complete} />;
        break;
    }
  }

  return (
    <>
      {acts.length > 0 && id && (
        <div className="case-actions" role="group" aria-label={t('referrals.page.actions')}>
          {acts.map((act, index) => {
            const immediate = IMMEDIATE.includes(act);
            const pending = immediate && steps[act].isPending;
            return (
              <button
                key={act}
                type="button"
                className={act === 'cancel' || act === 'decline' ? 'button button--danger' : index === 0 ? 'button button--primary' : 'button'}
                aria-haspopup={immediate ? undefined : 'dialog'}
                disabled={busy}
                onClick={() => begin(act)}
              >
                {pending ? t('referrals.actions.working') : t(`referrals.actions.${act}`)}
              </button>
            );
          })}
        </div>
      )}
      {showHere && lastStep.isError && <StepProblem error={lastStep.error} status={referral.status} />}
      {showHere && lastStep.isSuccess && <Notice>{t('referrals.page.changed', { status })}</Notice>}
      {dialog}
    </>
  );
}
