import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import { CASH_RATE_UNITS, SUPPORT_TYPES } from '../enums';
import type { CashRate, CashRateRequest, CashRateUnit, SupportType } from '../types';
import { ProvinceField } from './province-field';
import { useCashRateLabels } from './use-cash-rate-labels';

interface Values {
  provinceCode: string;
  supportType: SupportType | '';
  amountVnd: string;
  unit: CashRateUnit | '';
  effectiveFrom: string;
  effectiveTo: string;
  legalBasis: string;
}

const FIELDS = ['provinceCode', 'supportType', 'amountVnd', 'unit', 'effectiveFrom', 'effectiveTo', 'legalBasis'] as const;
type Field = (typeof FIELDS)[number];

const MAX_AMOUNT = 10_000_000_000;
const MAX_LEGAL_BASIS = 300;

function toValues(rate: CashRate | undefined): Values {
  return {
    provinceCode: rate?.provinceCode ?? '',
    supportType: rate?.supportType ?? '',
    amountVnd: rate?.amountVnd !== undefined ? String(rate.amountVnd) : '',
    unit: rate?.unit ?? '',
    effectiveFrom: rate?.effectiveFrom ?? '',
    effectiveTo: rate?.effectiveTo ?? '',
    legalBasis: rate?.legalBasis ?? '',
  };
}

/** A whole number typed with or without thousands separators (1.500.000, 1 500 000); NaN otherwise. */
function wholeNumber(value: string): number {
  const digits = value.replace(/[\s.,]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

interface CashRateDialogProps {
  /** The rate to edit, as last read; none to add one. */
  rate?: CashRate;
  pending: boolean;
  /** The last failed save: field errors beside the fields, a 412 offers to reload. */
  error: unknown;
  onSubmit: (body: CashRateRequest) => void;
  /** After a 412: read the rate again; the form then starts over from the new version. */
  onReload?: () => void;
  onClose: () => void;
}

/** Adds or edits a province's cash rate in a dialog. */
export function CashRateDialog({ rate, ...props }: CashRateDialogProps) {
  const { t } = useTranslation();
  const labels = useCashRateLabels();
  const title = rate
    ? t('support.cashRates.editTitle', { type: labels.type(rate.supportType), province: labels.province(rate.provinceCode) })
    : t('support.cashRates.newTitle');
  return (
    <Dialog title={title} onClose={props.onClose}>
      {/* A reloaded rate has a new version: the form starts over from it. */}
      <CashRateForm key={rate?.version ?? 'new'} rate={rate} {...props} />
    </Dialog>
  );
}

function CashRateForm({ rate, pending, error, onSubmit, onReload, onClose }: CashRateDialogProps) {
  const { t } = useTranslation();
  const labels = useCashRateLabels();
  const { values, set } = useFormValues<Values>(() => toValues(rate));
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    (FIELDS as readonly string[]).includes(field) ? t(`support.cashRates.fields.${field as Field}`) : field;
  const { byField, summary } = formErrors('cash-rate', clientErrors, error, [...FIELDS], labelOf);
  const id = (field: Field) => fieldId('cash-rate', field);
  const amount = wholeNumber(values.amountVnd);
  const overlap = labels.problem(error);
  const stale = isApiProblem(error) && error.status === 412;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, need } = fieldChecks<Field>(t('common.requiredField'));
    need('provinceCode', !!values.provinceCode);
    need('supportType', !!values.supportType);
    if (!values.amountVnd.trim()) need('amountVnd', false);
    else need('amountVnd', amount >= 1 && amount <= MAX_AMOUNT, t('support.cashRates.errors.amount'));
    need('unit', !!values.unit);
    need('effectiveFrom', !!values.effectiveFrom);
    if (values.effectiveFrom && values.effectiveTo) {
      need('effectiveTo', values.effectiveTo >= values.effectiveFrom, t('support.cashRates.errors.toBeforeFrom'));
    }
    need('legalBasis', !!values.legalBasis.trim());
    need('legalBasis', values.legalBasis.trim().length <= MAX_LEGAL_BASIS, t('support.cashRates.errors.tooLong', { max: MAX_LEGAL_BASIS }));
    setClientErrors(errors);
    if (errors.length) return;
    onSubmit({
      provinceCode: values.provinceCode,
      supportType: values.supportType as SupportType,
      amountVnd: amount,
      unit: values.unit as CashRateUnit,
      effectiveFrom: values.effectiveFrom,
      effectiveTo: values.effectiveTo || undefined,
      legalBasis: values.legalBasis.trim(),
    });
  };

  return (
    <form className="form" noValidate aria-busy={pending} onSubmit={submit}>
      {error !== null && error !== undefined && !pending &&
        (overlap ? (
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{overlap}</p>
          </div>
        ) : (
          <ProblemAlert error={error}>
            {stale && onReload && (
              <button type="button" className="button button--small" onClick={onReload}>
                {t('problem.staleAction')}
              </button>
            )}
          </ProblemAlert>
        ))}
      <ErrorSummary items={summary} />
      <p className="muted">{t('common.requiredNote')}</p>
      <ProvinceField
        id={id('provinceCode')}
        label={labelOf('provinceCode')}
        emptyLabel={t('cases.intake.choose')}
        required
        errors={byField.provinceCode}
        value={values.provinceCode}
        onChange={(code) => set('provinceCode', code)}
      />
      <SelectField
        id={id('supportType')}
        label={labelOf('supportType')}
        required
        errors={byField.supportType}
        value={values.supportType}
        onChange={(event) => set('supportType', event.target.value as Values['supportType'])}
      >
        <option value="">{t('cases.intake.choose')}</option>
        {SUPPORT_TYPES.map((type) => (
          <option key={type} value={type}>
            {labels.type(type)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id('amountVnd')}
        label={labelOf('amountVnd')}
        inputMode="numeric"
        required
        hint={amount >= 1 ? labels.vnd(amount) : undefined}
        errors={byField.amountVnd}
        value={values.amountVnd}
        onChange={(event) => set('amountVnd', event.target.value)}
      />
      <SelectField
        id={id('unit')}
        label={labelOf('unit')}
        required
        errors={byField.unit}
        value={values.unit}
        onChange={(event) => set('unit', event.target.value as Values['unit'])}
      >
        <option value="">{t('cases.intake.choose')}</option>
        {CASH_RATE_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {labels.unit(unit)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id('effectiveFrom')}
        label={labelOf('effectiveFrom')}
        type="date"
        required
        errors={byField.effectiveFrom}
        value={values.effectiveFrom}
        onChange={(event) => set('effectiveFrom', event.target.value)}
      />
      <TextField
        id={id('effectiveTo')}
        label={labelOf('effectiveTo')}
        type="date"
        hint={t('support.cashRates.fields.effectiveToHint')}
        min={values.effectiveFrom || undefined}
        errors={byField.effectiveTo}
        value={values.effectiveTo}
        onChange={(event) => set('effectiveTo', event.target.value)}
      />
      <TextField
        id={id('legalBasis')}
        label={labelOf('legalBasis')}
        required
        maxLength={MAX_LEGAL_BASIS}
        hint={t('support.cashRates.fields.legalBasisHint')}
        errors={byField.legalBasis}
        value={values.legalBasis}
        onChange={(event) => set('legalBasis', event.target.value)}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
