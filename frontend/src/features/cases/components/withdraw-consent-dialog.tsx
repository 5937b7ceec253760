import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { TextAreaField } from '@/components/ui/form-fields';
import type { FieldError } from '@/lib/api/problem';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { DialogForm } from './dialog-form';

interface WithdrawConsentDialogProps {
  caseId: string;
  consentId: string;
  onClose: () => void;
  onDone: () => void;
}

/** Withdrawing a consent takes a reason and takes effect at once. */
export function WithdrawConsentDialog({ caseId, consentId, onClose, onDone }: WithdrawConsentDialogProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent();
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const { byField, summary } = formErrors('withdraw', clientErrors, withdraw.error, ['reason'], () =>
    t('cases.actions.reason'),
  );
  const submit = () => {
    const missing = reason.trim() ? [] : [{ field: 'reason', message: t('common.requiredField') }];
    setClientErrors(missing);
    if (missing.length) return;
    withdraw.mutate({ caseId, consentId, body: { reason: reason.trim() } }, { onSuccess: onDone });
  };
  return (
    <DialogForm
      title={t('cases.consents.withdrawTitle')}
      intro={t('cases.consents.withdrawIntro')}
      submitLabel={t('cases.consents.withdraw')}
      pending={withdraw.isPending}
      error={withdraw.error}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextAreaField
        id={fieldId('withdraw', 'reason')}
        label={t('cases.actions.reason')}
        required
        errors={byField.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </DialogForm>
  );
}
