import { LanguagesField } from '@/components/ui/languages-field';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { PlaceField } from '@/components/ui/place-field';
import { useFormValues } from '@/components/ui/form-values';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import { SERVICE_STATUSES, SERVICE_TYPES } from '../enums';
import type { Service, ServiceRequest, ServiceStatus, ServiceType } from '../types';
import {
  ContactsFieldset,
  contactFields,
  missingContactNames,
  toContactRequests,
  toContactValues,
  useContactLabel,
  withoutBlankContacts,
  type ContactValues,
} from './contacts-fieldset';
import { OrganizationSelect } from './organization-select';
import { useLabels } from './use-labels';

interface Values {
  organizationId: string;
  type: ServiceType | '';
  status: ServiceStatus;
  nameVi: string;
  nameEn: string;
  description: string;
  eligibility: string;
  phone: string;
  email: string;
  contacts: ContactValues[];
  languages: string;
  capacity: string;
  placeCode: string;
}

const FIELDS = [
  'organizationId',
  'type',
  'status',
  'nameVi',
  'nameEn',
  'description',
  'eligibility',
  'phone',
  'email',
  'languages',
  'capacity',
  'placeCode',
] as const;
type Field = (typeof FIELDS)[number];
const LABEL_KEYS = { organizationId: 'organization' } as const;

function toValues(service: Service | undefined, organizationId: string | undefined): Values {
  return {
    organizationId: service?.organizationId ?? organizationId ?? '',
    type: service?.type ?? '',
    status: service?.status ?? 'ACTIVE',
    nameVi: service?.nameVi ?? '',
    nameEn: service?.nameEn ?? '',
    description: service?.description ?? '',
    eligibility: service?.eligibility ?? '',
    phone: service?.phone ?? '',
    email: service?.email ?? '',
    contacts: toContactValues(service?.contacts),
    languages: (service?.languages ?? []).join(', '),
    capacity: service?.capacity === null || service?.capacity === undefined ? '' : String(service.capacity),
    placeCode: service?.placeCode ?? '',
  };
}

/** Blank fields are left out, which clears them (the request replaces the record). */
const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());

function toRequest(values: Values): ServiceRequest {
  return {
    organizationId: values.organizationId,
    type: values.type as ServiceType,
    status: values.status,
    nameVi: values.nameVi.trim(),
    nameEn: blank(values.nameEn),
    description: blank(values.description),
    eligibility: blank(values.eligibility),
    phone: blank(values.phone),
    email: blank(values.email),
    contacts: toContactRequests(values.contacts),
    languages: values.languages
      .split(/[,\s]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
    capacity: values.capacity.trim() === '' ? undefined : Number(values.capacity),
    placeCode: blank(values.placeCode),
  };
}

interface ServiceFormProps {
  service?: Service;
  /** Preselected organization for a new service (from ?organizationId=). */
  organizationId?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: ServiceRequest) => void;
  onReload?: () => void;
  cancelTo: string;
}

export function ServiceForm({ service, organizationId, pending, error, onSubmit, onReload, cancelTo }: ServiceFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { values, set } = useFormValues<Values>(() => toValues(service, organizationId));
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);

  const contactLabel = useContactLabel();
  const labelOf = (field: string) =>
    contactLabel(field) ??
    (field === 'contacts'
      ? t('directory.services.fields.contacts')
      : (FIELDS as readonly string[]).includes(field)
        ? t(`directory.services.fields.${field === 'organizationId' ? LABEL_KEYS.organizationId : (field as Exclude<Field, 'organizationId'>)}`)
        : field);
  const { byField, summary } = formErrors('service', clientErrors, error, [...FIELDS, ...contactFields(values.contacts)], labelOf);
  const id = (field: string) => fieldId('service', field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const required = t('common.requiredField');
    if (!values.organizationId) problems.push({ field: 'organizationId', message: required });
    if (!values.type) problems.push({ field: 'type', message: required });
    if (!values.nameVi.trim()) problems.push({ field: 'nameVi', message: required });
    if (values.capacity.trim() !== '' && !/^\d+$/.test(values.capacity.trim())) {
      problems.push({ field: 'capacity', message: t('common.notANumber') });
    }
    const contacts = withoutBlankContacts(values.contacts);
    if (contacts.length !== values.contacts.length) set('contacts', contacts);
    problems.push(...missingContactNames(contacts, required));
    setClientErrors(problems);
    if (problems.length === 0) onSubmit(toRequest({ ...values, contacts }));
  };

  const text = (field: 'nameVi' | 'nameEn' | 'phone' | 'email', props: { hint?: string; required?: boolean; type?: string } = {}) => (
    <TextField
      id={id(field)}
      label={labelOf(field)}
      errors={byField[field]}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      {...props}
    />
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={pending}>
      {error !== null && error !== undefined && !pending && (
        <ProblemAlert error={error}>
          {isApiProblem(error) && error.status === 412 && onReload && (
            <button type="button" className="button button--small" onClick={onReload}>
              {t('problem.staleAction')}
            </button>
          )}
        </ProblemAlert>
      )}
      <ErrorSummary items={summary} />
      <p className="muted">{t('common.requiredNote')}</p>
      <fieldset className="form__group">
        <legend>{t('common.details')}</legend>
        <OrganizationSelect
          id={id('organizationId')}
          label={labelOf('organizationId')}
          emptyLabel={t('directory.services.chooseOrganization')}
          required
          errors={byField.organizationId}
          value={values.organizationId}
          onChange={(event) => set('organizationId', event.target.value)}
        />
        <SelectField
          id={id('type')}
          label={labelOf('type')}
          required
          errors={byField.type}
          value={values.type}
          onChange={(event) => set('type', event.target.value as ServiceType | '')}
        >
          <option value="">{t('common.none')}</option>
          {SERVICE_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.serviceType(type)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('status')}
          label={labelOf('status')}
          errors={byField.status}
          value={values.status}
          onChange={(event) => set('status', event.target.value as ServiceStatus)}
        >
          {SERVICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {labels.serviceStatus(status)}
            </option>
          ))}
        </SelectField>
        {text('nameVi', { required: true })}
        {text('nameEn')}
        <TextAreaField
          id={id('description')}
          label={labelOf('description')}
          errors={byField.description}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
        />
        <TextAreaField
          id={id('eligibility')}
          label={labelOf('eligibility')}
          errors={byField.eligibility}
          value={values.eligibility}
          onChange={(event) => set('eligibility', event.target.value)}
        />
        {text('phone', { type: 'tel', hint: t('directory.services.fields.phoneHint') })}
        {text('email', { type: 'email' })}
        <LanguagesField
          id={id('languages')}
          label={labelOf('languages')}
          errors={byField.languages}
          value={values.languages.split(/[,\s]+/).filter(Boolean)}
          onChange={(codes) => set('languages', codes.join(', '))}
        />
        <TextField
          id={id('capacity')}
          label={labelOf('capacity')}
          inputMode="numeric"
          errors={byField.capacity}
          value={values.capacity}
          onChange={(event) => set('capacity', event.target.value)}
        />
        <PlaceField
          id={id('placeCode')}
          label={labelOf('placeCode')}
          errors={byField.placeCode}
          value={values.placeCode}
          provinceAllowed
          onChange={(code) => set('placeCode', code)}
        />
      </fieldset>
      <ContactsFieldset
        legend={labelOf('contacts')}
        contacts={values.contacts}
        onChange={(contacts) => set('contacts', contacts)}
        byField={byField}
        id={id}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </button>
        <Link className="button" to={cancelTo}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
