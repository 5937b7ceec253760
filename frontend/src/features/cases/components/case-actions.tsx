import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '@/lib/auth/get-me';
import { useCloseCase } from '../api/close-case';
import { useFollowUpCase } from '../api/follow-up-case';
import { useReopenCase } from '../api/reopen-case';
import { useStartSupport } from '../api/start-support';
import { useVerifyCase } from '../api/verify-case';
import { CASE_SUPERVISOR_ROLES, CASE_WORKER_ROLES } from '../roles';
import { availableActions, type CaseAction } from '../transitions';
import type { CaseView, Versioned } from '../types';
import { HandoverDialog } from './handover-dialog';
import { IdentifyDialog } from './identify-dialog';
import { NotIdentifiedDialog } from './not-identified-dialog';
import { TextDialog } from './text-dialog';

interface DialogProps {
  caseId: string;
  etag: string;
  onClose: () => void;
  onDone: (changed: Versioned<CaseView>) => void;
  onReload: () => void;
}

function VerifyDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <TextDialog
      {...props}
      title={t('cases.actions.verify')}
      intro={t('cases.actions.verifyIntro')}
      field="note"
      mutation={useVerifyCase()}
      toBody={(note) => ({ note: note || undefined })}
    />
  );
}

function StartSupportDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <TextDialog
      {...props}
      title={t('cases.actions.start-support')}
      intro={t('cases.actions.startSupportIntro')}
      field="note"
      mutation={useStartSupport()}
      toBody={(note) => ({ note: note || undefined })}
    />
  );
}

function FollowUpDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <TextDialog
      {...props}
      title={t('cases.actions.follow-up')}
      intro={t('cases.actions.followUpIntro')}
      field="note"
      mutation={useFollowUpCase()}
      toBody={(note) => ({ note: note || undefined })}
    />
  );
}

function CloseDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <TextDialog
      {...props}
      title={t('cases.actions.close')}
      intro={t('cases.actions.closeIntro')}
      field="reason"
      mutation={useCloseCase()}
      toBody={(reason) => ({ reason })}
    />
  );
}

function ReopenDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <TextDialog
      {...props}
      title={t('cases.actions.reopen')}
      intro={t('cases.actions.reopenIntro')}
      field="reason"
      mutation={useReopenCase()}
      toBody={(reason) => ({ reason })}
    />
  );
}

const DIALOGS: Record<CaseAction, ComponentType<DialogProps>> = {
  verify: VerifyDialog,
  identify: IdentifyDialog,
  'not-identified': NotIdentifiedDialog,
  'start-support': StartSupportDialog,
  handover: HandoverDialog,
  'follow-up': FollowUpDialog,
  close: CloseDialog,
  reopen: ReopenDialog,
};

interface CaseActionsProps {
  caseView: CaseView;
  etag: string;
  onChanged: (changed: Versioned<CaseView>) => void;
  onReload: () => void;
}

/**
 * The legal next steps from the case's status, as buttons; each opens a dialog that sends the
 * step with the case's ETag in If-Match. Nothing shows for roles that only read cases.
 */
export function CaseActions({ caseView, etag, onChanged, onReload }: CaseActionsProps) {
  const { t } = useTranslation();
  const worker = useHasRole(...CASE_WORKER_ROLES);
  const supervisor = useHasRole(...CASE_SUPERVISOR_ROLES);
  const actions = availableActions(caseView.status, { worker, supervisor });
  const [open, setOpen] = useState<CaseAction | null>(null);

  // After a reload the case may have moved on: a dialog for a step no longer allowed closes.
  const stillAllowed = open === null || actions.includes(open);
  useEffect(() => {
    if (!stillAllowed) setOpen(null);
  }, [stillAllowed]);

  if (actions.length === 0 || !caseView.id) return null;
  const OpenDialog = open && stillAllowed ? DIALOGS[open] : null;
  return (
    <>
      <div className="case-actions" role="group" aria-label={t('cases.page.actions')}>
        {actions.map((action, index) => (
          <button
            key={action}
            type="button"
            className={
              action === 'close' ? 'button button--danger' : index === 0 ? 'button button--primary' : 'button'
            }
            aria-haspopup="dialog"
            onClick={() => setOpen(action)}
          >
            {t(`cases.actions.${action}`)}
          </button>
        ))}
      </div>
      {OpenDialog && (
        <OpenDialog
          caseId={caseView.id}
          etag={etag}
          onClose={() => setOpen(null)}
          onDone={(changed) => {
            setOpen(null);
            onChanged(changed);
          }}
          onReload={onReload}
        />
      )}
    </>
  );
}
