import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import type { FieldError } from '@/lib/api/problem';
import { isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import { useRecordFollowUpVisit } from '../api/record-follow-up-visit';
import { REINTEGRATION_SCORES, useCareLabels } from './care-labels';
import { DialogForm } from './dialog-form';

/** The contract's limits. */
const MAX_VISITED_BY = 200;
const MAX_SITUATION = 4000;

interface Values {
  visitedAt: string;
  visitedBy: string;
  situation: string;
  reintegrationScore: string;
  nextVisitDue: string;
}

const FIELDS = ['visitedAt', 'visitedBy', 'situation', 'reintegrationScore', 'nextVisitDue'] as const;
const LABELS = {
  visitedAt: 'visitedAt',
  visitedBy: 'visitedBy',
  situation: 'situation',
  reintegrationScore: 'score',
  nextVisitDue: 'nextVisitDue',
} as const satisfies Record<(typeof FIELDS)[number], string>;

interface FollowUpVisitDialogProps {
  caseId: string;
  onClose: () => void;
  onDone: () => void;
  /** After a 409 (the case is no longer handed over): fetch the case again. */
  onReload: () => void;
}

/**
 * Records a reintegration visit: when, by whom, the situation found, how far the person has
 * reintegrated, and when to visit next (not before this visit).
 */
export function FollowUpVisitDialog({ caseId, onClose, onDone, onReload }: FollowUpVisitDialogProps) {
  const { t } = useTranslation();
  const labels = useCareLabels();
  const record = useRecordFollowUpVisit();
  const { values, set } = useFormValues<Values>({
    visitedAt: toLocalInput(new Date()),
    visitedBy: '',
    situation: '',
    reintegrationScore: '',
    nextVisitDue: '',
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    field in LABELS ? t(`care.followUp.${LABELS[field as keyof typeof LABELS]}`) : field;
  const { byField, summary } = formErrors('visit', clientErrors, record.error, [...FIELDS], labelOf);
  const id = (field: string) => fieldId('visit', field);

  const submit = () => {
    const required = t('common.requiredField');
    const { errors, need } = fieldChecks<keyof Values>(required);
    const visitedBy = values.visitedBy.trim();
    const situation = values.situation.trim();
    need('visitedAt', !!values.visitedAt);
    if (values.visitedAt) need('visitedAt', !isFuture(values.visitedAt), t('cases.intake.errors.future'));
    need('visitedBy', !!visitedBy);
    need('visitedBy', visitedBy.length <= MAX_VISITED_BY, t('care.followUp.tooLong', { max: MAX_VISITED_BY }));
    need('situation', !!situation);
    need('situation', situation.length <= MAX_SITUATION, t('care.followUp.tooLong', { max: MAX_SITUATION }));
    // Both are local calendar dates: the server compares with the visit's date in the offset sent.
    if (values.nextVisitDue && values.visitedAt) {
      need('nextVisitDue', values.nextVisitDue >= values.visitedAt.slice(0, 10), t('care.followUp.nextBeforeVisit'));
    }
    setClientErrors(errors);
    if (errors.length) return;
    record.mutate(
      {
        caseId,
        body: {
          visitedAt: localInputToIso(values.visitedAt) ?? values.visitedAt,
          visitedBy,
          situation,
          reintegrationScore: values.reintegrationScore ? Number(values.reintegrationScore) : undefined,
          nextVisitDue: values.nextVisitDue || undefined,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <DialogForm
      title={t('care.followUp.record')}
      intro={t('common.requiredNote')}
      submitLabel={t('care.followUp.record')}
      pending={record.isPending}
      error={labels.problem(record.error)}
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField
        id={id('visitedAt')}
        label={labelOf('visitedAt')}
        type="datetime-local"
        required
        errors={byField.visitedAt}
        value={values.visitedAt}
        onChange={(event) => set('visitedAt', event.target.value)}
      />
      <TextField
        id={id('visitedBy')}
        label={labelOf('visitedBy')}
        hint={t('care.followUp.visitedByHint')}
        required
        errors={byField.visitedBy}
        maxLength={MAX_VISITED_BY}
        autoComplete="off"
        value={values.visitedBy}
        onChange={(event) => set('visitedBy', event.target.value)}
      />
      <TextAreaField
        id={id('situation')}
        label={labelOf('situation')}
        hint={t('care.followUp.situationHint')}
        required
        errors={byField.situation}
        maxLength={MAX_SITUATION}
        value={values.situation}
        onChange={(event) => set('situation', event.target.value)}
      />
      <SelectField
        id={id('reintegrationScore')}
        label={labelOf('reintegrationScore')}
        hint={t('care.followUp.scoreHint')}
        errors={byField.reintegrationScore}
        value={values.reintegrationScore}
        onChange={(event) => set('reintegrationScore', event.target.value)}
      >
        <option value="">{t('care.followUp.noScore')}</option>
        {REINTEGRATION_SCORES.map((score) => (
          <option key={score} value={score}>
            {labels.score(score)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id('nextVisitDue')}
        label={labelOf('nextVisitDue')}
        hint={t('care.followUp.nextVisitDueHint')}
        type="date"
        errors={byField.nextVisitDue}
        value={values.nextVisitDue}
        onChange={(event) => set('nextVisitDue', event.target.value)}
      />
    </DialogForm>
  );
}
