import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { PlaceField } from '@/components/ui/place-field';
import { useFormValues } from '@/components/ui/form-values';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api/problem';
import { useIndicators } from '../api/plans';
import type { PlanRequest, PlanTarget, TargetRequest } from '../types';

const PERIOD = /^\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$/;

interface FormProps<Body> {
  pending: boolean;
  error: unknown;
  onSubmit: (body: Body) => void;
  onClose: () => void;
}

function Actions({ pending, onClose }: { pending: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t('common.saving') : t('common.save')}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

const PLAN_FIELDS = ['title', 'reference', 'placeCode', 'year', 'adoptedOn'] as const;
type PlanField = (typeof PLAN_FIELDS)[number];

/** A new plan of the supervisor's organization: its title, number, place and year. */
export function PlanDialog({ year, ...props }: FormProps<PlanRequest> & { year: number }) {
  const { t } = useTranslation();
  const { values, set } = useFormValues({ title: '', reference: '', placeCode: '', year: String(year), adoptedOn: '' });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (f: string) => ((PLAN_FIELDS as readonly string[]).includes(f) ? t(`plans.fields.${f as PlanField}`) : f);
  const { byField, summary } = formErrors('plan', clientErrors, props.error, [...PLAN_FIELDS], labelOf);
  const id = (f: PlanField) => fieldId('plan', f);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, need } = fieldChecks<PlanField>(t('common.requiredField'));
    need('title', !!values.title.trim());
    need('placeCode', !!values.placeCode.trim());
    need('year', /^\d{4}$/.test(values.year.trim()), t('plans.errors.year'));
    setClientErrors(errors);
    if (errors.length) return;
    props.onSubmit({
      title: values.title.trim(),
      reference: values.reference.trim() || undefined,
      placeCode: values.placeCode.trim(),
      year: Number(values.year),
      adoptedOn: values.adoptedOn || undefined,
    });
  };
  return (
    <Dialog title={t('plans.newPlan')} onClose={props.onClose}>
      <form className="form" noValidate aria-busy={props.pending} onSubmit={submit}>
        {props.error != null && !props.pending && <ProblemAlert error={props.error} />}
        <ErrorSummary items={summary} />
        <TextField id={id('title')} label={labelOf('title')} required maxLength={500} errors={byField.title} value={values.title}
          onChange={(e) => set('title', e.target.value)} />
        <TextField id={id('reference')} label={labelOf('reference')} hint={t('plans.referenceHint')} maxLength={100} errors={byField.reference}
          value={values.reference} onChange={(e) => set('reference', e.target.value)} />
        <PlaceField id={id('placeCode')} label={labelOf('placeCode')} required provinceAllowed errors={byField.placeCode}
          value={values.placeCode} onChange={(code) => set('placeCode', code)} />
        <TextField id={id('year')} label={labelOf('year')} inputMode="numeric" required errors={byField.year} value={values.year}
          onChange={(e) => set('year', e.target.value)} />
        <TextField id={id('adoptedOn')} label={labelOf('adoptedOn')} type="date" errors={byField.adoptedOn} value={values.adoptedOn}
          onChange={(e) => set('adoptedOn', e.target.value)} />
        <Actions pending={props.pending} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

const TARGET_FIELDS = ['indicatorCode', 'period', 'placeCode', 'target'] as const;
type TargetField = (typeof TARGET_FIELDS)[number];

/** Adds a target to a plan, or changes one: the indicator, its period and place within the plan's, and the value to reach. */
export function TargetDialog({ target, year, ...props }: FormProps<TargetRequest> & { target?: PlanTarget; year: number }) {
  const { t } = useTranslation();
  const indicators = useIndicators();
  const { values, set } = useFormValues({
    indicatorCode: target?.indicatorCode ?? '',
    period: target?.period ?? String(year),
    placeCode: target?.placeCode ?? '',
    target: target?.target != null ? String(target.target) : '',
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (f: string) => ((TARGET_FIELDS as readonly string[]).includes(f) ? t(`plans.fields.${f as TargetField}`) : f);
  const { byField, summary } = formErrors('target', clientErrors, props.error, [...TARGET_FIELDS], labelOf);
  const id = (f: TargetField) => fieldId('target', f);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, need } = fieldChecks<TargetField>(t('common.requiredField'));
    need('indicatorCode', !!values.indicatorCode);
    need('period', PERIOD.test(values.period.trim()) && values.period.trim().startsWith(String(year)), t('plans.errors.period', { year }));
    const value = values.target.trim().replace(',', '.');
    if (!value) need('target', false);
    else need('target', /^\d+(\.\d{1,2})?$/.test(value), t('plans.errors.target'));
    setClientErrors(errors);
    if (errors.length) return;
    props.onSubmit({
      indicatorCode: values.indicatorCode,
      period: values.period.trim(),
      placeCode: values.placeCode.trim() || undefined,
      target: Number(value),
    });
  };
  return (
    <Dialog title={target ? t('plans.editTarget') : t('plans.addTarget')} onClose={props.onClose}>
      <form className="form" noValidate aria-busy={props.pending} onSubmit={submit}>
        {props.error != null && !props.pending && <ProblemAlert error={props.error} />}
        <ErrorSummary items={summary} />
        <SelectField id={id('indicatorCode')} label={labelOf('indicatorCode')} required errors={byField.indicatorCode}
          value={values.indicatorCode} onChange={(e) => set('indicatorCode', e.target.value)}>
          <option value="">{t('plans.chooseIndicator')}</option>
          {(indicators.data?.items ?? []).map((i) => (
            <option key={i.code} value={i.code}>
              {i.nameVi} {i.unit === 'PERCENT' ? '(%)' : ''}
            </option>
          ))}
        </SelectField>
        <TextField id={id('period')} label={labelOf('period')} hint={t('reports.periodHint')} required errors={byField.period}
          value={values.period} onChange={(e) => set('period', e.target.value)} />
        <PlaceField id={id('placeCode')} label={labelOf('placeCode')} hint={t('plans.targetPlaceHint')} provinceAllowed
          errors={byField.placeCode} value={values.placeCode} onChange={(code) => set('placeCode', code)} />
        <TextField id={id('target')} label={labelOf('target')} inputMode="decimal" required errors={byField.target} value={values.target}
          onChange={(e) => set('target', e.target.value)} />
        <Actions pending={props.pending} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}
