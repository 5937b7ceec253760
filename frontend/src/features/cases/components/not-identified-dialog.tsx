import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { TextAreaField, TextField } from '@/components/ui/form-fields';
import { OrganizationField } from '@/components/ui/organization-field';
import type { FieldError } from '@/lib/api/problem';
import { isFuture, todayInput } from '@/lib/dates';
import { useMarkNotIdentified } from '../api/mark-not-identified';
import type { CaseView, Versioned } from '../types';
import { DialogForm } from './dialog-form';

const FIELDS = ['decidingOrganizationId', 'decisionDate', 'reason'] as const;
const LABELS = { decidingOrganizationId: 'decidingOrganization', decisionDate: 'decisionDate', reason: 'reason' } as const;

interface NotIdentifiedDialogProps {
  caseId: string;
  etag: string;
  onClose: () => void;
  onDone: (changed: Versioned<CaseView>) => void;
  onReload: () => void;
}

/** Verification ended without identifying the person as a victim: when, by whom, and why. */
export function NotIdentifiedDialog({ caseId, etag, onClose, onDone, onReload }: NotIdentifiedDialogProps) {
  const { t } = useTranslation();
  const mutation = useMarkNotIdentified();
  const [organization, setOrganization] = useState('');
  const [decisionDate, setDecisionDate] = useState(todayInput());
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    field in LABELS ? t(`cases.identify.${LABELS[field as keyof typeof LABELS]}`) : field;
  const { byField, summary } = formErrors('not-identified', clientErrors, mutation.error, [...FIELDS], labelOf);
  const id = (field: string) => fieldId('not-identified', field);

  const submit = () => {
    const errors: FieldError[] = [];
    if (!decisionDate) errors.push({ field: 'decisionDate', message: t('common.requiredField') });
    else if (isFuture(`${decisionDate}T00:00`)) errors.push({ field: 'decisionDate', message: t('cases.intake.errors.future') });
    if (!reason.trim()) errors.push({ field: 'reason', message: t('common.requiredField') });
    setClientErrors(errors);
    if (errors.length) return;
    mutation.mutate(
      {
        id: caseId,
        etag,
        body: { decidingOrganizationId: organization || undefined, decisionDate, reason: reason.trim() },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <DialogForm
      title={t('cases.actions.not-identified')}
      submitLabel={t('cases.actions.not-identified')}
      pending={mutation.isPending}
      error={mutation.error}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => {
        mutation.reset();
        onReload();
      }}
    >
      <OrganizationField
        id={id('decidingOrganizationId')}
        label={labelOf('decidingOrganizationId')}
        emptyLabel={t('cases.intake.choose')}
        errors={byField.decidingOrganizationId}
        value={organization}
        onChange={setOrganization}
      />
      <TextField
        id={id('decisionDate')}
        label={labelOf('decisionDate')}
        type="date"
        required
        errors={byField.decisionDate}
        value={decisionDate}
        onChange={(event) => setDecisionDate(event.target.value)}
      />
      <TextAreaField
        id={id('reason')}
        label={labelOf('reason')}
        required
        errors={byField.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </DialogForm>
  );
}
