import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/form-fields';
import type { FieldError } from '@/lib/api/problem';
import type { Contact } from '../types';

/** One contact as the form edits it: every field a string, blank when not given. */
export interface ContactValues {
  name: string;
  role: string;
  phone: string;
  email: string;
}

const CONTACT_FIELDS = ['name', 'role', 'phone', 'email'] as const;
const CONTACT_LABELS = { name: 'contactName', role: 'contactRole', phone: 'contactPhone', email: 'contactEmail' } as const;
const CONTACT_FIELD = /^contacts\[(\d+)\]\.(\w+)$/;

export function toContactValues(contacts: Contact[] | undefined): ContactValues[] {
  return (contacts ?? []).map((c) => ({ name: c.name ?? '', role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' }));
}

const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * The rows with anything in them. A form drops wholly blank rows from what it shows before it
 * sends, so that the server's `contacts[i]` errors land on the row the reader sees as row i.
 */
export function withoutBlankContacts(contacts: ContactValues[]): ContactValues[] {
  return contacts.filter((c) => Object.values(c).some((v) => v.trim() !== ''));
}

/** The contacts to send, blank fields left out. */
export function toContactRequests(contacts: ContactValues[]): Contact[] {
  return withoutBlankContacts(contacts).map((c) => ({ name: c.name.trim(), role: blank(c.role), phone: blank(c.phone), email: blank(c.email) }));
}

/** The error fields of the contacts ("contacts", "contacts[0].name"…), in the order they are shown. */
export function contactFields(contacts: ContactValues[]): string[] {
  return ['contacts', ...contacts.flatMap((_, i) => CONTACT_FIELDS.map((f) => `contacts[${i}].${f}`))];
}

/** A name is required of every row that has anything in it. */
export function missingContactNames(contacts: ContactValues[], message: string): FieldError[] {
  return contacts.flatMap((c, i) =>
    !c.name.trim() && Object.values(c).some((v) => v.trim() !== '') ? [{ field: `contacts[${i}].name`, message }] : [],
  );
}

/** The label of one contact's field ("Người liên hệ 2 – Điện thoại"), or undefined for another field. */
export function useContactLabel(): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const match = CONTACT_FIELD.exec(field);
    if (!match) return undefined;
    const key = CONTACT_LABELS[match[2] as keyof typeof CONTACT_LABELS];
    return `${t('directory.organizations.contact', { number: Number(match[1]) + 1 })} – ${t(`directory.organizations.fields.${key}`)}`;
  };
}

interface ContactsFieldsetProps {
  legend: string;
  contacts: ContactValues[];
  onChange: (contacts: ContactValues[]) => void;
  byField: Record<string, string[] | undefined>;
  id: (field: string) => string;
}

/** The people to contact at an organization or about a service: add, edit and remove rows. */
export function ContactsFieldset({ legend, contacts, onChange, byField, id }: ContactsFieldsetProps) {
  const { t } = useTranslation();
  const set = (index: number, key: keyof ContactValues, value: string) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, [key]: value } : c)));
  return (
    <fieldset className="form__group">
      <legend>{legend}</legend>
      {byField.contacts && <p className="field__error">{byField.contacts.join(' ')}</p>}
      {contacts.map((contact, index) => (
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
              onChange={(event) => set(index, key, event.target.value)}
            />
          ))}
          <button type="button" className="button button--small" onClick={() => onChange(contacts.filter((_, i) => i !== index))}>
            {t('directory.organizations.removeContact', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...contacts, { name: '', role: '', phone: '', email: '' }])}
      >
        {t('directory.organizations.addContact')}
      </button>
    </fieldset>
  );
}
