import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId, formErrors } from '@/components/ui/form-errors';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { PlaceField } from '@/components/ui/place-field';
import { useFormValues } from '@/components/ui/form-values';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem, type FieldError } from '@/lib/api/problem';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES } from '../enums';
import type { Organization, OrganizationKind, OrganizationRequest, OrganizationStatus } from '../types';
import { useLabels } from './use-labels';

interface ContactValues {
  name: string;
  role: string;
  phone: string;
  email: string;
}

interface Values {
  nameVi: string;
  nameEn: string;
  kind: OrganizationKind | '';
  status: OrganizationStatus;
  placeCode: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  hotlines: string[];
  contacts: ContactValues[];
}

const SIMPLE_FIELDS = ['nameVi', 'nameEn', 'kind', 'status', 'placeCode', 'address', 'phone', 'email', 'website'] as const;
const CONTACT_FIELDS = ['name', 'role', 'phone', 'email'] as const;
const CONTACT_LABELS = { name: 'contactName', role: 'contactRole', phone: 'contactPhone', email: 'contactEmail' } as const;

function toValues(organization?: Organization): Values {
  return {
    nameVi: organization?.nameVi ?? '',
    nameEn: organization?.nameEn ?? '',
    kind: organization?.kind ?? '',
    status: organization?.status ?? 'ACTIVE',
    placeCode: organization?.placeCode ?? '',
    address: organization?.address ?? '',
    phone: organization?.phone ?? '',
    email: organization?.email ?? '',
    website: organization?.website ?? '',
    hotlines: organization?.hotlines ?? [],
    contacts: (organization?.contacts ?? []).map((c) => ({
      name: c.name ?? '',
      role: c.role ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
    })),
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
    phone: blank(values.phone),
    email: blank(values.email),
    website: blank(values.website),
    hotlines: values.hotlines.map((h) => h.trim()).filter(Boolean),
    contacts: values.contacts
      .filter((c) => Object.values(c).some((v) => v.trim() !== ''))
      .map((c) => ({ name: c.name.trim(), role: blank(c.role), phone: blank(c.phone), email: blank(c.email) })),
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
  const setContact = (index: number, key: keyof ContactValues, value: string) =>
    set('contacts', values.contacts.map((c, i) => (i === index ? { ...c, [key]: value } : c)));

  const fields = [
    ...SIMPLE_FIELDS,
    'hotlines',
    ...values.hotlines.map((_, i) => `hotlines[${i}]`),
    'contacts',
    ...values.contacts.flatMap((_, i) => CONTACT_FIELDS.map((f) => `contacts[${i}].${f}`)),
  ];
  const labelOf = (field: string): string => {
    const contact = /^contacts\[(\d+)\]\.(\w+)$/.exec(field);
    if (contact) {
      const key = CONTACT_LABELS[contact[2] as keyof typeof CONTACT_LABELS];
      return `${t('directory.organizations.contact', { number: Number(contact[1]) + 1 })} – ${t(`directory.organizations.fields.${key}`)}`;
    }
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
    values.contacts.forEach((c, i) => {
      if (!c.name.trim() && Object.values(c).some((v) => v.trim() !== '')) {
        missing.push({ field: `contacts[${i}].name`, message: t('common.requiredField') });
      }
    });
    setClientErrors(missing);
    if (missing.length === 0) onSubmit(toRequest(values));
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
        {text('address', { autoComplete: 'street-address' })}
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

      <fieldset className="form__group">
        <legend>{labelOf('contacts')}</legend>
        {byField.contacts && <p className="field__error">{byField.contacts.join(' ')}</p>}
        {values.contacts.map((contact, index) => (
          <fieldset className="form__subgroup" key={index}>
            <legend>{t('directory.organizations.contact', { number: index + 1 })}</legend>
            {CONTACT_FIELDS.map((key) => (
              <TextField
                key={key}
                id={id(`contacts[${index}].${key}`)}
                label={t(`directory.organizations.fields.${CONTACT_LABELS[key]}`)}
                type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
                required={key === 'name'}
                errors={byField[`contacts[${index}].${key}`]}
                value={contact[key]}
                onChange={(event) => setContact(index, key, event.target.value)}
              />
            ))}
            <button
              type="button"
              className="button button--small"
              onClick={() => set('contacts', values.contacts.filter((_, i) => i !== index))}
            >
              {t('directory.organizations.removeContact', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => set('contacts', [...values.contacts, { name: '', role: '', phone: '', email: '' }])}
        >
          {t('directory.organizations.addContact')}
        </button>
      </fieldset>

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
