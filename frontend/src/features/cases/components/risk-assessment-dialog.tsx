import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { ChoiceGroup, TextAreaField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import type { FieldError } from '@/lib/api/problem';
import { isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import type { AtRisk, Measure, RiskLevel, ThreatSource } from '../api/care-types';
import { useRecordRiskAssessment } from '../api/record-risk-assessment';
import { AT_RISK, MEASURES, RISK_LEVELS, THREAT_SOURCES, useCareLabels } from './care-labels';
import { DialogForm } from './dialog-form';

/** The contract's limit of the two free texts. */
const MAX_TEXT = 4000;

interface Values {
  level: RiskLevel | '';
  threatSources: ThreatSource[];
  atRisk: AtRisk[];
  threats: string;
  measures: Measure[];
  measuresNote: string;
  assessedAt: string;
}

const FIELDS = ['level', 'threatSources', 'atRisk', 'threats', 'measures', 'measuresNote', 'assessedAt'] as const;

interface RiskAssessmentDialogProps {
  caseId: string;
  onClose: () => void;
  onDone: () => void;
  /** After a 409 (the case was closed meanwhile): fetch the case again. */
  onReload: () => void;
}

/**
 * Records how much danger the person is in, from whom, who else is at risk, and the protective
 * measures decided, at the time of the assessment (not in the future).
 */
export function RiskAssessmentDialog({ caseId, onClose, onDone, onReload }: RiskAssessmentDialogProps) {
  const { t } = useTranslation();
  const labels = useCareLabels();
  const record = useRecordRiskAssessment();
  const { values, set } = useFormValues<Values>({
    level: '',
    threatSources: [],
    atRisk: [],
    threats: '',
    measures: [],
    measuresNote: '',
    assessedAt: toLocalInput(new Date()),
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    (FIELDS as readonly string[]).includes(field) ? t(`care.protection.${field as (typeof FIELDS)[number]}`) : field;
  const { byField, summary } = formErrors('risk', clientErrors, record.error, [...FIELDS], labelOf);
  const id = (field: string) => fieldId('risk', field);

  const submit = () => {
    const { errors, need } = fieldChecks<keyof Values>(t('common.requiredField'));
    const tooLong = t('care.protection.tooLong', { max: MAX_TEXT });
    need('level', !!values.level, t('care.protection.chooseLevel'));
    need('threatSources', values.threatSources.length > 0, t('care.protection.chooseThreatSource'));
    need('atRisk', values.atRisk.length > 0, t('care.protection.chooseAtRisk'));
    need('threats', values.threats.trim().length <= MAX_TEXT, tooLong);
    need('measuresNote', values.measuresNote.trim().length <= MAX_TEXT, tooLong);
    need('assessedAt', !!values.assessedAt, t('common.requiredField'));
    if (values.assessedAt) need('assessedAt', !isFuture(values.assessedAt), t('cases.intake.errors.future'));
    setClientErrors(errors);
    if (errors.length || !values.level) return;
    record.mutate(
      {
        caseId,
        body: {
          level: values.level,
          // In the order of the form, whatever order they were ticked in.
          threatSources: THREAT_SOURCES.filter((v) => values.threatSources.includes(v)),
          atRisk: AT_RISK.filter((v) => values.atRisk.includes(v)),
          threats: values.threats.trim() || undefined,
          measures: MEASURES.filter((v) => values.measures.includes(v)),
          measuresNote: values.measuresNote.trim() || undefined,
          assessedAt: localInputToIso(values.assessedAt) ?? values.assessedAt,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <DialogForm
      title={t('care.protection.record')}
      intro={t('common.requiredNote')}
      submitLabel={t('care.protection.record')}
      pending={record.isPending}
      error={labels.problem(record.error)}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <ChoiceGroup
        id={id('level')}
        legend={labelOf('level')}
        type="radio"
        required
        errors={byField.level}
        options={RISK_LEVELS.map((value) => ({ value, label: labels.level(value) }))}
        value={values.level ? [values.level] : []}
        onChange={([value]) => value && set('level', value)}
      />
      <ChoiceGroup
        id={id('threatSources')}
        legend={labelOf('threatSources')}
        type="checkbox"
        required
        errors={byField.threatSources}
        options={THREAT_SOURCES.map((value) => ({ value, label: labels.threatSource(value) }))}
        value={values.threatSources}
        onChange={(value) => set('threatSources', value)}
      />
      <ChoiceGroup
        id={id('atRisk')}
        legend={labelOf('atRisk')}
        type="checkbox"
        required
        errors={byField.atRisk}
        options={AT_RISK.map((value) => ({ value, label: labels.atRisk(value) }))}
        value={values.atRisk}
        onChange={(value) => set('atRisk', value)}
      />
      <TextAreaField
        id={id('threats')}
        label={labelOf('threats')}
        hint={t('care.protection.threatsHint')}
        errors={byField.threats}
        maxLength={MAX_TEXT}
        value={values.threats}
        onChange={(event) => set('threats', event.target.value)}
      />
      <ChoiceGroup
        id={id('measures')}
        legend={labelOf('measures')}
        type="checkbox"
        errors={byField.measures}
        options={MEASURES.map((value) => ({ value, label: labels.measure(value) }))}
        value={values.measures}
        onChange={(value) => set('measures', value)}
      />
      <TextAreaField
        id={id('measuresNote')}
        label={labelOf('measuresNote')}
        hint={t('care.protection.measuresNoteHint')}
        errors={byField.measuresNote}
        maxLength={MAX_TEXT}
        value={values.measuresNote}
        onChange={(event) => set('measuresNote', event.target.value)}
      />
      <TextField
        id={id('assessedAt')}
        label={labelOf('assessedAt')}
        type="datetime-local"
        required
        errors={byField.assessedAt}
        value={values.assessedAt}
        onChange={(event) => set('assessedAt', event.target.value)}
      />
    </DialogForm>
  );
}
