import { PlaceField } from '@/components/ui/place-field';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { OrganizationField } from '@/components/ui/organization-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import { CASE_CATEGORIES, HANDOVER_CHANNELS, HANDOVER_KINDS, INTAKE_CHANNELS } from '../enums';
import type { IntakeRequest } from '../types';
import type { DraftControls } from './intake-draft';
import { IntakeReview } from './intake-review';
import {
  emptyIntake,
  emptyPerson,
  intakeFieldPaths,
  stepOfField,
  STEPS,
  toIntakeRequest,
  validateAll,
  validateStep,
  type IntakeValues,
  type PersonField,
  type PersonValues,
  type Step,
} from './intake-values';
import { PersonFields } from './person-fields';
import { useCaseLabels } from './use-case-labels';

const FORM = 'intake';
const HEADING = 'heading';
const NOWHERE = 'nowhere';
const idOf = (path: string) => fieldId(FORM, path);

const HANDOVER_LABELS = {
  channel: 'channel',
  handingOverOrganizationId: 'handingOverOrganization',
  handoverDocumentNumber: 'handoverDocumentNumber',
  receivedAt: 'receivedAt',
  placeFoundCode: 'placeFoundCode',
  placeFoundDescription: 'placeFoundDescription',
  category: 'category',
  narrative: 'narrative',
} as const;

interface IntakeFormProps {
  pending: boolean;
  /** The last failed send: its field errors are shown at the fields, on their step. */
  error: unknown;
  onSubmit: (body: IntakeRequest) => void;
  /** Values to start from (an intake opened from a hotline ticket); such a form keeps no draft. */
  initial?: IntakeValues;
  /** The author's draft on the server; absent for a form that keeps none. */
  draft?: DraftControls;
}

/**
 * The intake as a stepper: channel and handover, the person, accompanying children, category and
 * narrative, then a review. Each step is checked on Next; the whole is kept as a draft on the
 * server as it is typed, and restored when the worker comes back.
 */
export function IntakeForm({ pending, error, onSubmit, initial, draft }: IntakeFormProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const keepsDraft = !initial && !!draft;
  const [restored] = useState(() => (keepsDraft ? (draft?.restored ?? null) : null));
  const [values, setValues] = useState<IntakeValues>(() => initial ?? restored?.values ?? emptyIntake());
  const [step, setStep] = useState<Step>(() => restored?.step ?? 'handover');
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const [showRestored, setShowRestored] = useState(!!restored);
  const savedAt = draft?.savedAt ?? null;
  const touched = useRef(!!restored);
  const heading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes after the next render: a field's id, the step's heading, or nowhere (the error summary takes it). */
  const nextFocus = useRef<string | null>(null);

  const messages = {
    required: t('common.requiredField'),
    birthOrAge: t('cases.intake.errors.birthOrAge'),
    age: t('cases.intake.errors.age'),
    country: t('cases.intake.errors.country'),
    future: t('cases.intake.errors.future'),
  };
  const stepLabels: Record<Step, string> = {
    handover: t('cases.intake.stepHandover'),
    person: t('cases.intake.stepPerson'),
    children: t('cases.intake.stepChildren'),
    story: t('cases.intake.stepStory'),
    review: t('cases.intake.stepReview'),
  };

  // Every change is kept at once: an interrupted worker loses nothing.
  useEffect(() => {
    if (touched.current && keepsDraft) draft?.save(step, values);
    // Only the form's content decides when to keep it; the controls are the page's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, values, keepsDraft]);

  // A new step moves focus to its heading, or to the field an error link or a new child asks for.
  useEffect(() => {
    const target = nextFocus.current;
    nextFocus.current = null;
    if (target === HEADING) heading.current?.focus();
    else if (target && target !== NOWHERE) document.getElementById(target)?.focus();
  });

  // The server's field errors: show the first step that has one (the error summary takes focus).
  useEffect(() => {
    if (!isApiProblem(error) || error.errors.length === 0) return;
    const steps = error.errors.map((e) => stepOfField(e.field));
    const first = STEPS.find((s) => steps.includes(s));
    if (first) {
      nextFocus.current = NOWHERE;
      setStep(first);
    }
  }, [error]);

  const change = (update: (v: IntakeValues) => IntakeValues) => {
    touched.current = true;
    setValues(update);
  };
  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => change((v) => ({ ...v, [key]: value }));
  const setPerson = <K extends PersonField>(field: K, value: PersonValues[K]) =>
    change((v) => ({ ...v, person: { ...v.person, [field]: value } }));
  const setChild =
    (index: number) =>
    <K extends PersonField>(field: K, value: PersonValues[K]) =>
      change((v) => ({
        ...v,
        accompanyingChildren: v.accompanyingChildren.map((c, i) => (i === index ? { ...c, [field]: value } : c)),
      }));

  const fields = intakeFieldPaths(values);
  const labelOf = (path: string): string => {
    const person = /^person\.(\w+)$/.exec(path);
    if (person) return `${t('cases.page.person')} – ${t(`cases.person.${person[1] as PersonField}`)}`;
    const child = /^accompanyingChildren\[(\d+)\](?:\.(\w+))?$/.exec(path);
    if (child) {
      const name = t('cases.intake.child', { number: Number(child[1]) + 1 });
      return child[2] ? `${name} – ${t(`cases.person.${child[2] as PersonField}`)}` : name;
    }
    if (path === 'person') return t('cases.page.person');
    if (path === 'accompanyingChildren') return t('cases.page.children');
    if (path in HANDOVER_LABELS) return t(`cases.fields.${HANDOVER_LABELS[path as keyof typeof HANDOVER_LABELS]}`);
    return path;
  };
  const { byField, summary } = formErrors(FORM, clientErrors, error, fields, labelOf);
  const errorsOf = (path: string) => byField[path];
  const pathById = new Map(fields.map((path) => [idOf(path), path]));

  const index = STEPS.indexOf(step);
  const go = (next: Step, focus: string = HEADING) => {
    nextFocus.current = focus;
    setStep(next);
  };
  const goToField = (id: string) => {
    const path = pathById.get(id);
    if (path) go(stepOfField(path), id);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step !== 'review') {
      const errors = validateStep(step, values, messages);
      setClientErrors(errors);
      if (errors.length === 0) go(STEPS[index + 1]!);
      return;
    }
    const errors = validateAll(values, messages);
    setClientErrors(errors);
    if (errors.length > 0) {
      go(stepOfField(errors[0]!.field), NOWHERE);
      return;
    }
    onSubmit(toIntakeRequest(values));
  };

  const saveNow = () => {
    touched.current = true;
    draft?.save(step, values, true);
  };
  const discard = () => {
    draft?.discard();
    touched.current = false;
    setShowRestored(false);
    setClientErrors([]);
    setValues(emptyIntake());
    go('handover');
  };

  const addChild = () => {
    const next = values.accompanyingChildren.length;
    nextFocus.current = idOf(`accompanyingChildren[${next}].fullName`);
    change((v) => ({ ...v, accompanyingChildren: [...v.accompanyingChildren, emptyPerson()] }));
  };
  const removeChild = (index: number) =>
    change((v) => ({ ...v, accompanyingChildren: v.accompanyingChildren.filter((_, i) => i !== index) }));

  const showProblem = error !== null && error !== undefined && !pending;

  return (
    <div className="stepper">
      {showRestored && restored && (
        <div className="alert alert--success" role="status">
          <p className="alert__title">{t('cases.intake.draftRestored', { time: labels.dateTime(restored.savedAt) })}</p>
          <div className="alert__actions">
            <button type="button" className="button button--small" onClick={discard}>
              {t('cases.intake.discardDraft')}
            </button>
          </div>
        </div>
      )}
      {showProblem && <ProblemAlert error={error} />}
      <ErrorSummary items={summary} onNavigate={goToField} />

      <nav aria-label={t('cases.intake.steps')}>
        <ol className="stepper__steps">
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className="stepper__step"
                aria-current={s === step ? 'step' : undefined}
                onClick={() => go(s)}
              >
                <span className="stepper__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="stepper__label">{stepLabels[s]}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <form className="form" onSubmit={submit} noValidate aria-labelledby="intake-step-title" aria-busy={pending}>
        <h2 id="intake-step-title" className="stepper__title" tabIndex={-1} ref={heading}>
          <span className="stepper__position">{t('cases.intake.stepOf', { step: index + 1, steps: STEPS.length })}</span>{' '}
          {stepLabels[step]}
        </h2>
        {step !== 'review' && <p className="muted">{t('common.requiredNote')}</p>}

        {step === 'handover' && (
          <div className="form__group">
            <SelectField
              id={idOf('channel')}
              label={labelOf('channel')}
              required
              errors={errorsOf('channel')}
              value={values.channel}
              onChange={(event) => set('channel', event.target.value as IntakeValues['channel'])}
            >
              <option value="">{t('cases.intake.choose')}</option>
              {INTAKE_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {labels.channel(channel)}
                </option>
              ))}
            </SelectField>
            {(values.channel === '' || HANDOVER_CHANNELS.includes(values.channel)) && (
              <>
                <OrganizationField
                  id={idOf('handingOverOrganizationId')}
                  label={labelOf('handingOverOrganizationId')}
                  emptyLabel={t('cases.intake.choose')}
                  errors={errorsOf('handingOverOrganizationId')}
                  value={values.handingOverOrganizationId}
                  kinds={values.channel ? HANDOVER_KINDS[values.channel] : undefined}
                  onChange={(id) => set('handingOverOrganizationId', id)}
                />
                <TextField
                  id={idOf('handoverDocumentNumber')}
                  label={labelOf('handoverDocumentNumber')}
                  errors={errorsOf('handoverDocumentNumber')}
                  value={values.handoverDocumentNumber}
                  onChange={(event) => set('handoverDocumentNumber', event.target.value)}
                />
              </>
            )}
            <TextField
              id={idOf('receivedAt')}
              label={labelOf('receivedAt')}
              type="datetime-local"
              required
              errors={errorsOf('receivedAt')}
              value={values.receivedAt}
              onChange={(event) => set('receivedAt', event.target.value)}
            />
            <PlaceField
              id={idOf('placeFoundCode')}
              label={labelOf('placeFoundCode')}
              errors={errorsOf('placeFoundCode')}
              value={values.placeFoundCode}
              provinceAllowed
              onChange={(code) => set('placeFoundCode', code)}
            />
            <TextField
              id={idOf('placeFoundDescription')}
              label={labelOf('placeFoundDescription')}
              errors={errorsOf('placeFoundDescription')}
              value={values.placeFoundDescription}
              onChange={(event) => set('placeFoundDescription', event.target.value)}
            />
          </div>
        )}

        {step === 'person' && (
          <div className="form__group">
            <PersonFields path="person" values={values.person} onChange={setPerson} errorsOf={errorsOf} idOf={idOf} />
          </div>
        )}

        {step === 'children' && (
          <div className="form__group">
            {errorsOf('accompanyingChildren') && (
              <p className="field__error">{errorsOf('accompanyingChildren')!.join(' ')}</p>
            )}
            {values.accompanyingChildren.length === 0 && <p className="muted">{t('cases.intake.noChildren')}</p>}
            {values.accompanyingChildren.map((child, i) => (
              <fieldset className="form__subgroup" key={i}>
                <legend>{t('cases.intake.child', { number: i + 1 })}</legend>
                {errorsOf(`accompanyingChildren[${i}]`) && (
                  <p className="field__error">{errorsOf(`accompanyingChildren[${i}]`)!.join(' ')}</p>
                )}
                <PersonFields
                  path={`accompanyingChildren[${i}]`}
                  values={child}
                  onChange={setChild(i)}
                  errorsOf={errorsOf}
                  idOf={idOf}
                />
                <button type="button" className="button button--small" onClick={() => removeChild(i)}>
                  {t('cases.intake.removeChild', { number: i + 1 })}
                </button>
              </fieldset>
            ))}
            <button type="button" className="button button--small" onClick={addChild}>
              {t('cases.intake.addChild')}
            </button>
          </div>
        )}

        {step === 'story' && (
          <div className="form__group">
            <SelectField
              id={idOf('category')}
              label={labelOf('category')}
              required
              errors={errorsOf('category')}
              value={values.category}
              onChange={(event) => set('category', event.target.value as IntakeValues['category'])}
            >
              <option value="">{t('cases.intake.choose')}</option>
              {CASE_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {labels.category(category)}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              id={idOf('narrative')}
              label={labelOf('narrative')}
              hint={t('cases.fields.narrativeHint')}
              rows={8}
              errors={errorsOf('narrative')}
              value={values.narrative}
              onChange={(event) => set('narrative', event.target.value)}
            />
          </div>
        )}

        {step === 'review' && (
          <IntakeReview values={values} stepLabels={stepLabels} onEdit={(s) => go(s)} />
        )}

        <div className="form__actions">
          {index > 0 && (
            <button type="button" className="button" onClick={() => go(STEPS[index - 1]!)}>
              {t('cases.intake.previous')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={pending}>
            {step !== 'review' ? t('cases.intake.next') : pending ? t('cases.intake.submitting') : t('cases.intake.submit')}
          </button>
          {keepsDraft && (
            <button type="button" className="button" onClick={saveNow}>
              {t('cases.intake.saveDraft')}
            </button>
          )}
        </div>
        {keepsDraft && draft?.conflict ? (
          <div className="alert alert--warning" role="alert">
            <p>{t('cases.intake.draftConflict')}</p>
          </div>
        ) : keepsDraft ? (
          <p className="muted" role="status">
            {savedAt ? t('cases.intake.draftSaved', { time: labels.dateTime(savedAt) }) : t('cases.intake.draftHint')}
          </p>
        ) : null}
      </form>
    </div>
  );
}
