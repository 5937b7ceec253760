import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { ChoiceGroup, SelectField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { OrganizationField } from '@/components/ui/organization-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api/problem';
import { ageOn, endOfDayIso, isFuture, localInputToIso, toLocalInput } from '@/lib/dates';
import { useRecordConsent } from '../api/record-consent';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, FIELD_GROUPS } from '../enums';
import type { CaseView, ConsentGiver, ConsentMethod, ConsentPurpose, FieldGroup } from '../types';
import { useCaseLabels } from './use-case-labels';

interface Values {
  personId: string;
  givenBy: ConsentGiver;
  guardianName: string;
  guardianRelation: string;
  purpose: ConsentPurpose | '';
  organizationId: string;
  fieldGroups: FieldGroup[];
  givenAt: string;
  method: ConsentMethod;
  witnessName: string;
  validUntil: string;
}

const FIELDS = [
  'personId',
  'givenBy',
  'guardianName',
  'guardianRelation',
  'purpose',
  'organizationId',
  'fieldGroups',
  'givenAt',
  'method',
  'witnessName',
  'validUntil',
] as const;
const LABELS = {
  personId: 'person',
  givenBy: 'givenBy',
  guardianName: 'guardianName',
  guardianRelation: 'guardianRelation',
  purpose: 'purpose',
  organizationId: 'organization',
  fieldGroups: 'fieldGroups',
  givenAt: 'givenAt',
  method: 'method',
  witnessName: 'witnessName',
  validUntil: 'validUntil',
} as const satisfies Record<(typeof FIELDS)[number], string>;

interface ConsentDialogProps {
  caseView: CaseView;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Records a consent as the law wants it: who gave it (the person, or a guardian with their
 * relation), for what, shared with whom and which information, when, how (a signed form, or
 * verbally before a named witness), and until when.
 */
export function ConsentDialog({ caseView, onClose, onDone }: ConsentDialogProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const record = useRecordConsent();
  const people = [
    ...(caseView.person?.id ? [{ person: caseView.person, child: false }] : []),
    ...(caseView.accompanyingChildren ?? []).filter((c) => c.id).map((person) => ({ person, child: true })),
  ];
  const { values, set } = useFormValues<Values>({
    personId: people[0]?.person.id ?? '',
    givenBy: 'PERSON',
    guardianName: '',
    guardianRelation: '',
    purpose: '',
    organizationId: '',
    fieldGroups: [],
    givenAt: toLocalInput(new Date()),
    method: 'SIGNED_FORM',
    witnessName: '',
    validUntil: '',
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    field in LABELS ? t(`cases.consents.${LABELS[field as keyof typeof LABELS]}`) : field;
  const { byField, summary } = formErrors('consent', clientErrors, record.error, [...FIELDS], labelOf);
  const id = (field: string) => fieldId('consent', field);

  const chosen = people.find((p) => p.person.id === values.personId);
  const age = chosen?.person.birthDate ? ageOn(chosen.person.birthDate) : (chosen?.person.estimatedAge ?? undefined);
  const minor = !!chosen && (chosen.child || (age !== undefined && age !== null && age < 18));
  const guardian = values.givenBy === 'GUARDIAN';
  const sharing = values.purpose === 'SHARE_WITH_ORGANIZATION';
  const verbal = values.method === 'VERBAL_WITH_WITNESS';

  const submit = () => {
    const required = t('common.requiredField');
    const { errors, need } = fieldChecks<keyof Values>(required);
    need('personId', !!values.personId);
    if (guardian) {
      need('guardianName', !!values.guardianName.trim());
      need('guardianRelation', !!values.guardianRelation.trim());
    }
    need('purpose', !!values.purpose);
    if (sharing) need('organizationId', !!values.organizationId);
    need('fieldGroups', values.fieldGroups.length > 0, t('cases.consents.chooseFieldGroup'));
    need('givenAt', !!values.givenAt);
    if (values.givenAt) need('givenAt', !isFuture(values.givenAt), t('cases.intake.errors.future'));
    if (verbal) need('witnessName', !!values.witnessName.trim());
    if (values.validUntil && values.givenAt) {
      const until = new Date(`${values.validUntil}T23:59:59`).getTime();
      need('validUntil', until > new Date(values.givenAt).getTime(), t('cases.consents.validUntilBeforeGiven'));
    }
    setClientErrors(errors);
    if (errors.length || !caseView.id) return;
    record.mutate(
      {
        caseId: caseView.id,
        body: {
          personId: values.personId,
          givenBy: values.givenBy,
          guardianName: guardian ? values.guardianName.trim() : undefined,
          guardianRelation: guardian ? values.guardianRelation.trim() : undefined,
          purpose: values.purpose as ConsentPurpose,
          organizationId: sharing ? values.organizationId : undefined,
          fieldGroups: values.fieldGroups,
          givenAt: localInputToIso(values.givenAt) ?? values.givenAt,
          method: values.method,
          witnessName: verbal ? values.witnessName.trim() : undefined,
          validUntil: endOfDayIso(values.validUntil),
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Dialog title={t('cases.consents.record')} onClose={onClose}>
      <form
        className="form"
        noValidate
        aria-busy={record.isPending}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {record.isError && !record.isPending && <ProblemAlert error={record.error} />}
        <ErrorSummary items={summary} />
        <p className="muted">{t('common.requiredNote')}</p>
        <SelectField
          id={id('personId')}
          label={labelOf('personId')}
          required
          errors={byField.personId}
          value={values.personId}
          onChange={(event) => set('personId', event.target.value)}
        >
          {people.map(({ person, child }) => (
            <option key={person.id} value={person.id}>
              {t(child ? 'cases.consents.childPerson' : 'cases.consents.mainPerson', { name: person.fullName ?? '' })}
            </option>
          ))}
        </SelectField>
        <ChoiceGroup
          id={id('givenBy')}
          legend={labelOf('givenBy')}
          type="radio"
          required
          hint={minor ? t('cases.consents.childHint') : undefined}
          errors={byField.givenBy}
          options={CONSENT_GIVERS.map((value) => ({ value, label: labels.giver(value) }))}
          value={[values.givenBy]}
          onChange={([value]) => value && set('givenBy', value)}
        />
        {guardian && (
          <>
            <TextField
              id={id('guardianName')}
              label={labelOf('guardianName')}
              required
              errors={byField.guardianName}
              value={values.guardianName}
              onChange={(event) => set('guardianName', event.target.value)}
            />
            <TextField
              id={id('guardianRelation')}
              label={labelOf('guardianRelation')}
              required
              errors={byField.guardianRelation}
              value={values.guardianRelation}
              onChange={(event) => set('guardianRelation', event.target.value)}
            />
          </>
        )}
        <SelectField
          id={id('purpose')}
          label={labelOf('purpose')}
          required
          errors={byField.purpose}
          value={values.purpose}
          onChange={(event) => set('purpose', event.target.value as Values['purpose'])}
        >
          <option value="">{t('cases.intake.choose')}</option>
          {CONSENT_PURPOSES.map((value) => (
            <option key={value} value={value}>
              {labels.purpose(value)}
            </option>
          ))}
        </SelectField>
        {sharing && (
          <OrganizationField
            id={id('organizationId')}
            label={labelOf('organizationId')}
            emptyLabel={t('cases.intake.choose')}
            required
            errors={byField.organizationId}
            value={values.organizationId}
            onChange={(value) => set('organizationId', value)}
          />
        )}
        <ChoiceGroup
          id={id('fieldGroups')}
          legend={labelOf('fieldGroups')}
          type="checkbox"
          required
          errors={byField.fieldGroups}
          options={FIELD_GROUPS.map((value) => ({ value, label: labels.fieldGroup(value) }))}
          value={values.fieldGroups}
          onChange={(value) => set('fieldGroups', value)}
        />
        <TextField
          id={id('givenAt')}
          label={labelOf('givenAt')}
          type="datetime-local"
          required
          errors={byField.givenAt}
          value={values.givenAt}
          onChange={(event) => set('givenAt', event.target.value)}
        />
        <ChoiceGroup
          id={id('method')}
          legend={labelOf('method')}
          type="radio"
          required
          errors={byField.method}
          options={CONSENT_METHODS.map((value) => ({ value, label: labels.method(value) }))}
          value={[values.method]}
          onChange={([value]) => value && set('method', value)}
        />
        {verbal && (
          <TextField
            id={id('witnessName')}
            label={labelOf('witnessName')}
            required
            errors={byField.witnessName}
            value={values.witnessName}
            onChange={(event) => set('witnessName', event.target.value)}
          />
        )}
        <TextField
          id={id('validUntil')}
          label={labelOf('validUntil')}
          type="date"
          hint={t('cases.consents.validUntilHint')}
          errors={byField.validUntil}
          value={values.validUntil}
          onChange={(event) => set('validUntil', event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={record.isPending}>
            {record.isPending ? t('cases.actions.working') : t('cases.consents.record')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
