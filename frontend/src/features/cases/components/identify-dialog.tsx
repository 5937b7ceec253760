import { CountryField } from '@/components/ui/country-field';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { ChoiceGroup, SelectField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { OrganizationField } from '@/components/ui/organization-field';
import type { FieldError } from '@/lib/api/problem';
import { isFuture, todayInput } from '@/lib/dates';
import { useIdentifyCase } from '../api/identify-case';
import {
  EXPLOITATION_FORMS,
  IDENTIFICATION_RESULTS,
  LABOUR_TYPES,
  MEANS_OF_CONTROL,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_TYPES,
} from '../enums';
import type {
  CaseView,
  ExploitationForm,
  IdentificationResult,
  LabourType,
  MeansOfControl,
  RecruiterRelation,
  SexualExploitationType,
  Versioned,
} from '../types';
import { DialogForm } from './dialog-form';
import { useCaseLabels } from './use-case-labels';

interface Values {
  decidingOrganizationId: string;
  decisionDate: string;
  documentNumber: string;
  result: IdentificationResult | '';
  forms: ExploitationForm[];
  labourTypes: LabourType[];
  sexualExploitationTypes: SexualExploitationType[];
  countryOfExploitation: string;
  meansOfControl: MeansOfControl[];
  recruiterRelation: RecruiterRelation | '';
}

const FIELDS = [
  'decidingOrganizationId',
  'decisionDate',
  'documentNumber',
  'result',
  'forms',
  'labourTypes',
  'sexualExploitationTypes',
  'countryOfExploitation',
  'meansOfControl',
  'recruiterRelation',
] as const;
const LABELS = {
  decidingOrganizationId: 'decidingOrganization',
  decisionDate: 'decisionDate',
  documentNumber: 'documentNumber',
  result: 'result',
  forms: 'forms',
  labourTypes: 'labourTypes',
  sexualExploitationTypes: 'sexualExploitationTypes',
  countryOfExploitation: 'country',
  meansOfControl: 'meansOfControl',
  recruiterRelation: 'recruiterRelation',
} as const;

interface IdentifyDialogProps {
  caseId: string;
  etag: string;
  onClose: () => void;
  onDone: (changed: Versioned<CaseView>) => void;
  onReload: () => void;
}

/** The identification decision: the deciding authority, date, document, result and the CTDC variables. */
export function IdentifyDialog({ caseId, etag, onClose, onDone, onReload }: IdentifyDialogProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const mutation = useIdentifyCase();
  const { values, set } = useFormValues<Values>({
    decidingOrganizationId: '',
    decisionDate: todayInput(),
    documentNumber: '',
    result: '',
    forms: [],
    labourTypes: [],
    sexualExploitationTypes: [],
    countryOfExploitation: '',
    meansOfControl: [],
    recruiterRelation: '',
  });
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    field in LABELS ? t(`cases.identify.${LABELS[field as keyof typeof LABELS]}`) : field;
  const { byField, summary } = formErrors('identify', clientErrors, mutation.error, [...FIELDS], labelOf);
  const id = (field: string) => fieldId('identify', field);

  const submit = () => {
    const errors: FieldError[] = [];
    const required = t('common.requiredField');
    if (!values.decidingOrganizationId) errors.push({ field: 'decidingOrganizationId', message: required });
    if (!values.decisionDate) errors.push({ field: 'decisionDate', message: required });
    else if (isFuture(`${values.decisionDate}T00:00`)) {
      errors.push({ field: 'decisionDate', message: t('cases.intake.errors.future') });
    }
    if (!values.result) errors.push({ field: 'result', message: required });
    const country = values.countryOfExploitation.trim();
    if (country && !/^[A-Za-z]{2}$/.test(country)) {
      errors.push({ field: 'countryOfExploitation', message: t('cases.intake.errors.country') });
    }
    setClientErrors(errors);
    if (errors.length) return;
    mutation.mutate(
      {
        id: caseId,
        etag,
        body: {
          decidingOrganizationId: values.decidingOrganizationId,
          decisionDate: values.decisionDate,
          documentNumber: values.documentNumber.trim() || undefined,
          result: values.result as IdentificationResult,
          forms: values.forms,
          // A type details its form: sent only while that form is ticked.
          labourTypes: values.forms.includes('FORCED_LABOUR') ? values.labourTypes : [],
          sexualExploitationTypes: values.forms.includes('SEXUAL') ? values.sexualExploitationTypes : [],
          countryOfExploitation: country ? country.toUpperCase() : undefined,
          meansOfControl: values.meansOfControl,
          recruiterRelation: values.recruiterRelation || undefined,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <DialogForm
      title={t('cases.actions.identify')}
      submitLabel={t('cases.actions.identify')}
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
        required
        errors={byField.decidingOrganizationId}
        value={values.decidingOrganizationId}
        onChange={(value) => set('decidingOrganizationId', value)}
      />
      <TextField
        id={id('decisionDate')}
        label={labelOf('decisionDate')}
        type="date"
        required
        errors={byField.decisionDate}
        value={values.decisionDate}
        onChange={(event) => set('decisionDate', event.target.value)}
      />
      <TextField
        id={id('documentNumber')}
        label={labelOf('documentNumber')}
        errors={byField.documentNumber}
        value={values.documentNumber}
        onChange={(event) => set('documentNumber', event.target.value)}
      />
      <ChoiceGroup
        id={id('result')}
        legend={labelOf('result')}
        type="radio"
        required
        hint={t('cases.identify.resultHint')}
        errors={byField.result}
        options={IDENTIFICATION_RESULTS.map((value) => ({ value, label: labels.result(value) }))}
        value={values.result ? [values.result] : []}
        onChange={([value]) => set('result', value ?? '')}
      />
      <ChoiceGroup
        id={id('forms')}
        legend={labelOf('forms')}
        type="checkbox"
        errors={byField.forms}
        options={EXPLOITATION_FORMS.map((value) => ({ value, label: labels.exploitationForm(value) }))}
        value={values.forms}
        onChange={(value) => set('forms', value)}
      />
      {values.forms.includes('FORCED_LABOUR') && (
        <ChoiceGroup
          id={id('labourTypes')}
          legend={labelOf('labourTypes')}
          type="checkbox"
          errors={byField.labourTypes}
          options={LABOUR_TYPES.map((value) => ({ value, label: labels.labourType(value) }))}
          value={values.labourTypes}
          onChange={(value) => set('labourTypes', value)}
        />
      )}
      {values.forms.includes('SEXUAL') && (
        <ChoiceGroup
          id={id('sexualExploitationTypes')}
          legend={labelOf('sexualExploitationTypes')}
          type="checkbox"
          errors={byField.sexualExploitationTypes}
          options={SEXUAL_EXPLOITATION_TYPES.map((value) => ({ value, label: labels.sexualExploitationType(value) }))}
          value={values.sexualExploitationTypes}
          onChange={(value) => set('sexualExploitationTypes', value)}
        />
      )}
      <CountryField
        id={id('countryOfExploitation')}
        label={labelOf('countryOfExploitation')}
        errors={byField.countryOfExploitation}
        value={values.countryOfExploitation}
        onChange={(code) => set('countryOfExploitation', code)}
      />
      <ChoiceGroup
        id={id('meansOfControl')}
        legend={labelOf('meansOfControl')}
        type="checkbox"
        errors={byField.meansOfControl}
        options={MEANS_OF_CONTROL.map((value) => ({ value, label: labels.meansOfControl(value) }))}
        value={values.meansOfControl}
        onChange={(value) => set('meansOfControl', value)}
      />
      <SelectField
        id={id('recruiterRelation')}
        label={labelOf('recruiterRelation')}
        errors={byField.recruiterRelation}
        value={values.recruiterRelation}
        onChange={(event) => set('recruiterRelation', event.target.value as Values['recruiterRelation'])}
      >
        <option value="">{t('cases.identify.notSpecified')}</option>
        {RECRUITER_RELATIONS.map((value) => (
          <option key={value} value={value}>
            {labels.recruiterRelation(value)}
          </option>
        ))}
      </SelectField>
    </DialogForm>
  );
}
