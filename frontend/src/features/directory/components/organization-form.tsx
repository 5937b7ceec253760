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
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES } from '../enums';
import type { Organization, OrganizationKind, OrganizationRequest, OrganizationStatus } from '../types';
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
import { useLabels } from './use-labels';

interface Values {
  nameVi: string;
  nameEn: string;
  kind: OrganizationKind | '';
  status: OrganizationStatus;
  placeCode: string;
  address: string;
  postalCode: string;
  description: string;
  phone: string;
  email: string;
  website: string;
  hotlines: string[];
  contacts: ContactValues[];
}

const SIMPLE_FIELDS = [
  'nameVi',
  'nameEn',
  'kind',
  'status',
  'description',
  'placeCode',
  'address',
  'postalCode',
  'phone',
  'email',
  'website',
] as const;

function toValues(organization?: Organization): Values {
  return {
    nameVi: organization?.nameVi ?? '',
    nameEn: organization?.nameEn ?? '',
    kind: organization?.kind ?? '',
    status: organization?.status ?? 'ACTIVE',
    placeCode: organization?.placeCode ?? '',
    address: organization?.address ?? '',
    postalCode: organization?.postalCode ?? '',
    description: organization?.description ?? '',
    phone: organization?.phone ?? '',
    email: organization?.email ?? '',
    website: organization?.website ?? '',
    hotlines: organization?.hotlines ?? [],
    contacts: toContactValues(organization?.contacts),
  };
}

/** Blank fields are left out, which clears them (the request replaces the record). */
const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());

function toRequest(values: Values): OrganizationRequest {
  return {
    nameVi: values.nameVi.trim(),
    nameEn: blank(values.nameEn),
    kind: values.kind as OrganizationKind,
    status: values.status,
    placeCode: blank(values.placeCode),
    address: blank(values.address),
    postalCode: blank(values.postalCode),
    description: blank(values.description),
    phone: blank(values.phone),
    email: blank(values.email),
    website: blank(values.website),
    hotlines: values.hotlines.map((h) => h.trim()).filter(Boolean),
    contacts: toContactRequests(values.contacts),
  };
}

interface OrganizationFormProps {
  organization?: Organization;
  pending: boolean;
  /** The last failed save: its field errors are shown beside the fields. */
  error: unknown;
  onSubmit: (body: OrganizationRequest) => void;
  /** Offered when the save failed with 412: fetch the record again and start over from it. */
  onReload?: () => void;
  cancelTo: string;
}

/** Create or edit an organization; the same form for both. */
export function OrganizationForm({ organization, pending, error, onSubmit, onReload, cancelTo }: OrganizationFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { values, set } = useFormValues<Values>(() => toValues(organization));
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);

  const setHotline = (index: number, value: string) =>
    set('hotlines', values.hotlines.map((h, i) => (i === index ? value : h)));
  const contactLabel = useContactLabel();

  const fields = [
    ...SIMPLE_FIELDS,
    'hotlines',
    ...values.hotlines.map((_, i) => `hotlines[${i}]`),
    ...contactFields(values.contacts),
  ];
  const labelOf = (field: string): string => {
    const contact = contactLabel(field);
    if (contact) return contact;
    const hotline = /^hotlines\[(\d+)\]$/.exec(field);
    if (hotline) return t('directory.organizations.hotline', { number: Number(hotline[1]) + 1 });
    if ((SIMPLE_FIELDS as readonly string[]).includes(field) || field === 'hotlines' || field === 'contacts') {
      return t(`directory.organizations.fields.${field as (typeof SIMPLE_FIELDS)[number] | 'hotlines' | 'contacts'}`);
    }
    return field;
  };
  const { byField, summary } = formErrors('organization', clientErrors, error, fields, labelOf);
  const id = (field: string) => fieldId('organization', field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldError[] = [];
    if (!values.nameVi.trim()) missing.push({ field: 'nameVi', message: t('common.requiredField') });
    if (!values.kind) missing.push({ field: 'kind', message: t('common.requiredField') });
    const contacts = withoutBlankContacts(values.contacts);
    if (contacts.length !== values.contacts.length) set('contacts', contacts);
    missing.push(...missingContactNames(contacts, t('common.requiredField')));
    setClientErrors(missing);
    if (missing.length === 0) onSubmit(toRequest({ ...values, contacts }));
  };

  const text = (field: (typeof SIMPLE_FIELDS)[number], props: { type?: string; hint?: string; required?: boolean; autoComplete?: string } = {}) => (
    <TextField
      id={id(field)}
      label={labelOf(field)}
      errors={byField[field]}
      value={values[field] as string}
      onChange={(event) => set(field, event.target.value as never)}
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
        {text('nameVi', { required: true })}
        {text('nameEn')}
        <SelectField
          id={id('kind')}
          label={labelOf('kind')}
          required
          errors={byField.kind}
          value={values.kind}
          onChange={(event) => set('kind', event.target.value as OrganizationKind | '')}
        >
          <option value="">{t('common.none')}</option>
          {ORGANIZATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.kind(kind)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('status')}
          label={labelOf('status')}
          errors={byField.status}
          value={values.status}
          onChange={(event) => set('status', event.target.value as OrganizationStatus)}
        >
          {ORGANIZATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {labels.organizationStatus(status)}
            </option>
          ))}
        </SelectField>
        <PlaceField
          id={id('placeCode')}
          label={labelOf('placeCode')}
          errors={byField.placeCode}
          value={values.placeCode}
          provinceAllowed
          onChange={(code) => set('placeCode', code)}
        />
        <TextAreaField
          id={id('description')}
          label={labelOf('description')}
          hint={t('directory.organizations.fields.descriptionHint')}
          errors={byField.description}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
        />
        {text('address', { autoComplete: 'street-address' })}
        {text('postalCode', { autoComplete: 'postal-code', hint: t('directory.organizations.fields.postalCodeHint') })}
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        {text('website', { type: 'url' })}
      </fieldset>

      <fieldset className="form__group">
        <legend>{labelOf('hotlines')}</legend>
        {byField.hotlines && <p className="field__error">{byField.hotlines.join(' ')}</p>}
        {values.hotlines.map((hotline, index) => (
          <div className="repeat-row" key={index}>
            <TextField
              id={id(`hotlines[${index}]`)}
              label={labelOf(`hotlines[${index}]`)}
              type="tel"
              errors={byField[`hotlines[${index}]`]}
              value={hotline}
              onChange={(event) => setHotline(index, event.target.value)}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => set('hotlines', values.hotlines.filter((_, i) => i !== index))}
            >
              {t('directory.organizations.removeHotline', { number: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--small" onClick={() => set('hotlines', [...values.hotlines, ''])}>
          {t('directory.organizations.addHotline')}
        </button>
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
