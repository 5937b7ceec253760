import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { TextAreaField } from '@/components/ui/form-fields';
import type { FieldError } from '@/lib/api/problem';
import type { ReferralChangeMutation } from '../api/referral-change';
import type { Referral, ReferralStatus, Versioned } from '../types';
import { StepDialog } from './step-dialog';

const MAX_TEXT = 2000;

interface TextStepDialogProps<Body> {
  referralId: string;
  etag: string;
  status: ReferralStatus | undefined;
  title: string;
  intro: string;
  submitLabel: string;
  /** `reason` (required: decline, cancel) or `note` (optional: escalate), as the step's body names it. */
  field: 'reason' | 'note';
  mutation: ReferralChangeMutation<Body>;
  toBody: (text: string) => Body;
  onClose: () => void;
  onDone: (changed: Versioned<Referral>) => void;
}

/** A step that takes a reason or a note: decline, cancel, escalate. */
export function TextStepDialog<Body>({
  referralId,
  etag,
  status,
  title,
  intro,
  submitLabel,
  field,
  mutation,
  toBody,
  onClose,
  onDone,
}: TextStepDialogProps<Body>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const label = field === 'reason' ? t('referrals.actions.reason') : t('referrals.actions.note');
  const { byField, summary } = formErrors(`referral-${field}`, clientErrors, mutation.error, [field], () => label);
  const submit = () => {
    const missing = field === 'reason' && !text.trim() ? [{ field, message: t('common.requiredField') }] : [];
    setClientErrors(missing);
    if (missing.length) return;
    mutation.mutate({ id: referralId, etag, body: toBody(text.trim()) }, { onSuccess: onDone });
  };
  return (
    <StepDialog
      title={title}
      intro={intro}
      submitLabel={submitLabel}
      pending={mutation.isPending}
      error={mutation.error}
      status={status}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextAreaField
        id={fieldId(`referral-${field}`, field)}
        label={label}
        hint={t('referrals.actions.otherSideReads')}
        required={field === 'reason'}
        maxLength={MAX_TEXT}
        errors={byField[field]}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </StepDialog>
  );
}
