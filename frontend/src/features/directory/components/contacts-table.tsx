import { useTranslation } from 'react-i18next';
import { Td } from '@/components/ui/table-cell';
import type { Contact } from '../types';

/** The people to contact at an organization or about a service, or a line saying there are none. */
export function ContactsTable({ contacts }: { contacts: Contact[] | undefined }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const f = (key: 'contactName' | 'contactRole' | 'contactPhone' | 'contactEmail') => t(`directory.organizations.fields.${key}`);
  if (!contacts?.length) return <p className="muted">{t('directory.organizations.noContacts')}</p>;
  return (
    <table className="table" role="table">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{f('contactName')}</th>
          <th scope="col" role="columnheader">{f('contactRole')}</th>
          <th scope="col" role="columnheader">{f('contactPhone')}</th>
          <th scope="col" role="columnheader">{f('contactEmail')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {contacts.map((contact, index) => (
          <tr role="row" key={`${contact.name}-${index}`}>
            <Td label={f('contactName')}>{contact.name}</Td>
            <Td label={f('contactRole')}>{contact.role || none}</Td>
            <Td label={f('contactPhone')}>{contact.phone ? <a href={`tel:${contact.phone}`}>{contact.phone}</a> : none}</Td>
            <Td label={f('contactEmail')}>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : none}</Td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
