import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { OrganizationField } from '@/components/ui/organization-field';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import { useHasRole } from '@/lib/auth/get-me';
import { todayInput } from '@/lib/dates';
import { useDeliverSupport, type SupportDeliveryRequest } from '../api/deliver-support';
import type { PersonEntitlement, SupportType } from '../api/get-entitlements';
import type { CaseView } from '../types';
import { casePeople, SUPPORT_TYPES, useSupportLabels } from './support-labels';
import { SupportProblemAlert } from './support-problem-alert';

interface Values {
  personId: string;
  type: SupportType | '';
  providerOrganizationId: string;
  deliveredFrom: string;
  deliveredTo: string;
  quantity: string;
  amountVnd: string;
  note: string;
  overrideReason: string;
}

const FIELDS = [
  'personId',
  'type',
  'providerOrganizationId',
  'deliveredFrom',
  'deliveredTo',
  'quantity',
  'amountVnd',
  'note',
  'override.reason',
] as const;
type Field = (typeof FIELDS)[number];
const LABELS = {
  personId: 'person',
  type: 'type',
  providerOrganizationId: 'provider',
  deliveredFrom: 'deliveredFrom',
  deliveredTo: 'deliveredTo',
  quantity: 'quantity',
  amountVnd: 'amountVnd',
  note: 'note',
  'override.reason': 'overrideReason',
} as const satisfies Record<Field, string>;

const MAX_QUANTITY = 3650;
const MAX_AMOUNT = 10_000_000_000;
const MAX_NOTE = 2000;
const MAX_REASON = 1000;

/** A whole number typed with or without thousands separators (1.500.000, 1 500 000); NaN otherwise. */
function wholeNumber(value: string): number {
  const digits = value.replace(/[\s.,]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

interface DeliveryDialogProps {
  caseView: CaseView;
  /** What each person may get; undefined while unknown (the server checks again in any case). */
  entitlements: PersonEntitlement[] | undefined;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Records a support delivered to a person of the case. A support the person is not entitled to is
 * explained; a supervisor may still record it with a reason (audited), a social worker may not.
 */
export function DeliveryDialog({ caseView, entitlements, onClose, onDone }: DeliveryDialogProps) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const supervisor = useHasRole('supervisor');
  const deliver = useDeliverSupport();
  const people = casePeople(caseView);
  const { values, set } = useFormValues<Values>({
    personId: people[0]?.id ?? '',
    type: '',
    providerOrganizationId: caseView.organizationId ?? '',
    deliveredFrom: todayInput(),
    deliveredTo: '',
    quantity: '',
    amountVnd: '',
    note: '',
    overrideReason: '',
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) => (field in LABELS ? t(`support.delivery.${LABELS[field as Field]}`) : field);
  const { byField, summary } = formErrors('delivery', clientErrors, deliver.error, [...FIELDS], labelOf);
  const id = (field: Field) => fieldId('delivery', field);

  const person = people.find((p) => p.id === values.personId);
  const lines = entitlements?.find((e) => e.personId === values.personId)?.lines ?? [];
  const line = lines.find((l) => l.type === values.type);
  const denied = !!line && !line.allowed;
  // The entitlements may be unknown or out of date: the server's refusal counts as much as ours.
  const refused = isApiProblem(deliver.error) && deliver.error.code === 'support.not-entitled';
  const beyondEntitlement = denied || refused;
  const overriding = beyondEntitlement && supervisor;

  /** Another person or support is another question: the last refusal no longer applies. */
  const choose = (key: 'personId' | 'type', value: string) => {
    set(key, value as never);
    if (deliver.error) deliver.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, need } = fieldChecks<Field>(t('common.requiredField'));
    need('personId', !!values.personId);
    need('type', !!values.type);
    if (beyondEntitlement && !supervisor) need('type', false, t('support.delivery.needsSupervisor'));
    need('providerOrganizationId', !!values.providerOrganizationId);
    need('deliveredFrom', !!values.deliveredFrom);
    if (values.deliveredFrom && values.deliveredTo) {
      need('deliveredTo', values.deliveredTo >= values.deliveredFrom, t('support.delivery.errors.toBeforeFrom'));
    }
    const quantity = values.quantity.trim() ? wholeNumber(values.quantity) : undefined;
    if (quantity !== undefined) {
      if (Number.isNaN(quantity)) need('quantity', false, t('support.delivery.errors.number'));
      else need('quantity', quantity >= 1 && quantity <= MAX_QUANTITY, t('support.delivery.errors.quantityRange'));
    }
    const amountVnd = values.amountVnd.trim() ? wholeNumber(values.amountVnd) : undefined;
    if (amountVnd !== undefined) {
      if (Number.isNaN(amountVnd)) need('amountVnd', false, t('support.delivery.errors.number'));
      else need('amountVnd', amountVnd <= MAX_AMOUNT, t('support.delivery.errors.amountRange'));
    }
    need('note', values.note.length <= MAX_NOTE, t('support.delivery.errors.tooLong', { max: MAX_NOTE }));
    if (overriding) {
      need('override.reason', !!values.overrideReason.trim());
      need('override.reason', values.overrideReason.length <= MAX_REASON, t('support.delivery.errors.tooLong', { max: MAX_REASON }));
    }
    setClientErrors(errors);
    if (errors.length || !caseView.id) return;
    const body: SupportDeliveryRequest = {
      personId: values.personId,
      type: values.type as SupportType,
      providerOrganizationId: values.providerOrganizationId,
      deliveredFrom: values.deliveredFrom,
      deliveredTo: values.deliveredTo || undefined,
      quantity,
      amountVnd,
      note: values.note.trim() || undefined,
      override: overriding ? { reason: values.overrideReason.trim() } : undefined,
    };
    deliver.mutate({ caseId: caseView.id, body }, { onSuccess: onDone });
  };

  return (
    <Dialog title={t('support.delivery.record')} onClose={onClose}>
      <form className="form" noValidate aria-busy={deliver.isPending} onSubmit={submit}>
        {deliver.isError && !deliver.isPending && <SupportProblemAlert error={deliver.error} />}
        <ErrorSummary items={summary} />
        <p className="muted">{t('common.requiredNote')}</p>
        <SelectField
          id={id('personId')}
          label={labelOf('personId')}
          required
          errors={byField.personId}
          value={values.personId}
          onChange={(event) => choose('personId', event.target.value)}
        >
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {labels.person(p)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('type')}
          label={labelOf('type')}
          required
          errors={byField.type}
          value={values.type}
          onChange={(event) => choose('type', event.target.value)}
        >
          <option value="">{t('cases.intake.choose')}</option>
          {SUPPORT_TYPES.map((type) => {
            const allowed = lines.find((l) => l.type === type)?.allowed ?? true;
            const label = labels.type(type);
            return (
              <option key={type} value={type}>
                {allowed ? label : t('support.delivery.notAllowedOption', { label })}
              </option>
            );
          })}
        </SelectField>
        <div aria-live="polite">
          {line && !line.allowed && (
            <div className="alert alert--warning">
              <p className="alert__title">
                {t('support.delivery.notAllowed', {
                  name: person?.name ?? '',
                  type: labels.type(line.type),
                  reason: labels.reason(line.reason),
                })}
              </p>
              <p>{supervisor ? t('support.delivery.supervisorMayOverride') : t('support.delivery.needsSupervisor')}</p>
            </div>
          )}
        </div>
        {overriding && (
          <TextAreaField
            id={id('override.reason')}
            label={labelOf('override.reason')}
            hint={t('support.delivery.overrideReasonHint')}
            required
            maxLength={MAX_REASON}
            errors={byField['override.reason']}
            value={values.overrideReason}
            onChange={(event) => set('overrideReason', event.target.value)}
          />
        )}
        <OrganizationField
          id={id('providerOrganizationId')}
          label={labelOf('providerOrganizationId')}
          emptyLabel={t('cases.intake.choose')}
          required
          errors={byField.providerOrganizationId}
          value={values.providerOrganizationId}
          onChange={(value) => set('providerOrganizationId', value)}
        />
        <TextField
          id={id('deliveredFrom')}
          label={labelOf('deliveredFrom')}
          type="date"
          required
          errors={byField.deliveredFrom}
          value={values.deliveredFrom}
          onChange={(event) => set('deliveredFrom', event.target.value)}
        />
        <TextField
          id={id('deliveredTo')}
          label={labelOf('deliveredTo')}
          type="date"
          hint={t('support.delivery.deliveredToHint')}
          errors={byField.deliveredTo}
          value={values.deliveredTo}
          min={values.deliveredFrom || undefined}
          onChange={(event) => set('deliveredTo', event.target.value)}
        />
        <TextField
          id={id('quantity')}
          label={labelOf('quantity')}
          inputMode="numeric"
          hint={t('support.delivery.quantityHint')}
          errors={byField.quantity}
          value={values.quantity}
          onChange={(event) => set('quantity', event.target.value)}
        />
        <TextField
          id={id('amountVnd')}
          label={labelOf('amountVnd')}
          inputMode="numeric"
          hint={t('support.delivery.amountVndHint')}
          errors={byField.amountVnd}
          value={values.amountVnd}
          onChange={(event) => set('amountVnd', event.target.value)}
        />
        <TextAreaField
          id={id('note')}
          label={labelOf('note')}
          maxLength={MAX_NOTE}
          errors={byField.note}
          value={values.note}
          onChange={(event) => set('note', event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={deliver.isPending}>
            {deliver.isPending ? t('cases.actions.working') : t('support.delivery.record')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
