import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { ChoiceGroup, TextAreaField } from '@/components/ui/form-fields';
import type { FieldError } from '@/lib/api/problem';
import type { ReferralChangeMutation } from '../api/referral-change';
import { OUTCOMES } from '../enums';
import type { CompleteRequest, Outcome, Referral, ReferralStatus, Versioned } from '../types';
import { StepDialog } from './step-dialog';
import { useReferralLabels } from './use-referral-labels';

const FIELDS = ['outcome', 'note'] as const;
type Field = (typeof FIELDS)[number];
const MAX_NOTE = 4000;

interface CompleteDialogProps {
  referralId: string;
  etag: string;
  status: ReferralStatus | undefined;
  mutation: ReferralChangeMutation<CompleteRequest>;
  onClose: () => void;
  onDone: (changed: Versioned<Referral>) => void;
}

/** The receiver reports the outcome the sender will see: provided, partly, or not, with a note. */
export function CompleteDialog({ referralId, etag, status, mutation, onClose, onDone }: CompleteDialogProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) => (field === 'outcome' ? t('referrals.actions.outcome') : t('referrals.actions.outcomeNote'));
  const { byField, summary } = formErrors('referral-complete', clientErrors, mutation.error, [...FIELDS], labelOf);
  const id = (field: Field) => fieldId('referral-complete', field);

  const submit = () => {
    const { errors, need } = fieldChecks<Field>(t('common.requiredField'));
    need('outcome', !!outcome);
    setClientErrors(errors);
    if (errors.length || !outcome) return;
    mutation.mutate(
      { id: referralId, etag, body: { outcome, note: note.trim() || undefined } },
      { onSuccess: onDone },
    );
  };

  return (
    <StepDialog
      title={t('referrals.actions.completeTitle')}
      intro={t('referrals.actions.completeIntro')}
      submitLabel={t('referrals.actions.completeSubmit')}
      pending={mutation.isPending}
      error={mutation.error}
      status={status}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
    >
      <ChoiceGroup
        id={id('outcome')}
        legend={labelOf('outcome')}
        type="radio"
        required
        errors={byField.outcome}
        options={OUTCOMES.map((value) => ({ value, label: labels.outcome(value) }))}
        value={outcome ? [outcome] : []}
        onChange={([value]) => setOutcome(value ?? '')}
      />
      <TextAreaField
        id={id('note')}
        label={labelOf('note')}
        hint={t('referrals.actions.otherSideReads')}
        maxLength={MAX_NOTE}
        errors={byField.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
    </StepDialog>
  );
}
