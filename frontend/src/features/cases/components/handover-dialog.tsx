import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { ChoiceGroup, TextAreaField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { OrganizationField } from '@/components/ui/organization-field';
import { PlaceField } from '@/components/ui/place-field';
import type { FieldError } from '@/lib/api/problem';
import { isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import { useHandOverCase } from '../api/hand-over-case';
import { HANDOVER_RECEIVERS } from '../enums';
import type { CaseView, HandoverReceiver, Versioned } from '../types';
import { DialogForm } from './dialog-form';
import { useCaseLabels } from './use-case-labels';

interface Values {
  receiver: HandoverReceiver | '';
  receiverName: string;
  receiverOrganizationId: string;
  documentNumber: string;
  handedOverAt: string;
  placeCode: string;
  note: string;
}

const FIELDS = ['receiver', 'receiverName', 'receiverOrganizationId', 'documentNumber', 'handedOverAt', 'placeCode', 'note'] as const;
const LABELS = {
  receiver: 'receiver',
  receiverName: 'receiverName',
  receiverOrganizationId: 'receiverOrganization',
  documentNumber: 'documentNumber',
  handedOverAt: 'handedOverAt',
  placeCode: 'placeCode',
  note: 'note',
} as const;

interface HandoverDialogProps {
  caseId: string;
  etag: string;
  onClose: () => void;
  onDone: (changed: Versioned<CaseView>) => void;
  onReload: () => void;
}

/** Handing the person over to their family, home locality or an organization, with the record of it. */
export function HandoverDialog({ caseId, etag, onClose, onDone, onReload }: HandoverDialogProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const mutation = useHandOverCase();
  const { values, setValues, set } = useFormValues<Values>({
    receiver: '',
    receiverName: '',
    receiverOrganizationId: '',
    documentNumber: '',
    handedOverAt: toLocalInput(new Date()),
    placeCode: '',
    note: '',
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    field in LABELS ? t(`cases.handover.${LABELS[field as keyof typeof LABELS]}`) : field;
  const { byField, summary } = formErrors('handover', clientErrors, mutation.error, [...FIELDS], labelOf);
  const id = (field: string) => fieldId('handover', field);
  const toOrganization = values.receiver === 'ORGANIZATION';

  const submit = () => {
    const errors: FieldError[] = [];
    const required = t('common.requiredField');
    if (!values.receiver) errors.push({ field: 'receiver', message: required });
    if (!values.receiverName.trim()) errors.push({ field: 'receiverName', message: required });
    if (toOrganization && !values.receiverOrganizationId) errors.push({ field: 'receiverOrganizationId', message: required });
    if (!values.handedOverAt) errors.push({ field: 'handedOverAt', message: required });
    else if (isFuture(values.handedOverAt)) errors.push({ field: 'handedOverAt', message: t('cases.intake.errors.future') });
    setClientErrors(errors);
    if (errors.length) return;
    mutation.mutate(
      {
        id: caseId,
        etag,
        body: {
          receiver: values.receiver as HandoverReceiver,
          receiverName: values.receiverName.trim(),
          receiverOrganizationId: toOrganization ? values.receiverOrganizationId : undefined,
          documentNumber: values.documentNumber.trim() || undefined,
          handedOverAt: localInputToIso(values.handedOverAt) ?? values.handedOverAt,
          placeCode: values.placeCode || undefined,
          note: values.note.trim() || undefined,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <DialogForm
      title={t('cases.actions.handover')}
      submitLabel={t('cases.actions.handover')}
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
      <ChoiceGroup
        id={id('receiver')}
        legend={labelOf('receiver')}
        type="radio"
        required
        errors={byField.receiver}
        options={HANDOVER_RECEIVERS.map((value) => ({ value, label: labels.receiver(value) }))}
        value={values.receiver ? [values.receiver] : []}
        onChange={([value]) => set('receiver', value ?? '')}
      />
      {toOrganization && (
        <OrganizationField
          id={id('receiverOrganizationId')}
          label={labelOf('receiverOrganizationId')}
          emptyLabel={t('cases.intake.choose')}
          required
          errors={byField.receiverOrganizationId}
          value={values.receiverOrganizationId}
          onChange={(value, name) =>
            setValues((v) => ({ ...v, receiverOrganizationId: value, receiverName: v.receiverName || name }))
          }
        />
      )}
      <TextField
        id={id('receiverName')}
        label={labelOf('receiverName')}
        required
        errors={byField.receiverName}
        value={values.receiverName}
        onChange={(event) => set('receiverName', event.target.value)}
      />
      <TextField
        id={id('documentNumber')}
        label={labelOf('documentNumber')}
        errors={byField.documentNumber}
        value={values.documentNumber}
        onChange={(event) => set('documentNumber', event.target.value)}
      />
      <TextField
        id={id('handedOverAt')}
        label={labelOf('handedOverAt')}
        type="datetime-local"
        required
        errors={byField.handedOverAt}
        value={values.handedOverAt}
        onChange={(event) => set('handedOverAt', event.target.value)}
      />
      <PlaceField
        id={id('placeCode')}
        label={labelOf('placeCode')}
        hint={t('cases.handover.placeHint')}
        errors={byField.placeCode}
        value={values.placeCode}
        onChange={(code) => set('placeCode', code)}
      />
      <TextAreaField
        id={id('note')}
        label={labelOf('note')}
        errors={byField.note}
        value={values.note}
        onChange={(event) => set('note', event.target.value)}
      />
    </DialogForm>
  );
}
