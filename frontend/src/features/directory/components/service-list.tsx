import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SelectField } from '@/components/ui/form-fields';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useHasRole } from '@/lib/auth/get-me';
import { oneOf } from '@/lib/enums';
import { useListParams } from '@/lib/routing/use-list-params';
import { useServices } from '../api/get-services';
import { SERVICE_STATUSES, SERVICE_TYPES } from '../enums';
import { OrganizationSelect } from './organization-select';
import { useLabels } from './use-labels';

/** Searchable list of services, filtered by type, status and organization. */
export function ServiceList() {
  const { t } = useTranslation();
  const labels = useLabels();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const canManage = useHasRole('admin');
  const list = useListParams();
  const q = list.get('q');
  const type = oneOf(SERVICE_TYPES, list.get('type'));
  const status = oneOf(SERVICE_STATUSES, list.get('status'));
  const organizationId = list.get('organizationId');
  const [search, setSearch] = useState(q);
  // Back and forward change the address: the search box follows.
  useEffect(() => setSearch(q), [q]);
  const query = useServices({ q, type, status, organizationId, page: list.page, size: list.size, sort: 'nameVi,asc' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    list.update({ q: search.trim() });
  };

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('directory.services.title')}
        actions={
          canManage && (
            <Link
              className="button button--primary"
              to={organizationId ? `/directory/services/new?organizationId=${organizationId}` : '/directory/services/new'}
            >
              {t('directory.services.new')}
            </Link>
          )
        }
      />
      <form className="filters" role="search" onSubmit={submit} aria-label={t('common.filters')}>
        <div className="field">
          <label className="field__label" htmlFor="services-q">
            {t('common.searchLabel')}
          </label>
          <input
            id="services-q"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-describedby="services-q-hint"
          />
          <p className="field__hint" id="services-q-hint">
            {t('directory.services.searchHint')}
          </p>
        </div>
        <SelectField id="services-type" label={t('directory.services.fields.type')} value={type ?? ''} onChange={(event) => list.update({ type: event.target.value })}>
          <option value="">{t('common.all')}</option>
          {SERVICE_TYPES.map((value) => (
            <option key={value} value={value}>
              {labels.serviceType(value)}
            </option>
          ))}
        </SelectField>
        <SelectField id="services-status" label={t('directory.services.fields.status')} value={status ?? ''} onChange={(event) => list.update({ status: event.target.value })}>
          <option value="">{t('common.all')}</option>
          {SERVICE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {labels.serviceStatus(value)}
            </option>
          ))}
        </SelectField>
        <OrganizationSelect
          id="services-organization"
          label={t('directory.services.fields.organization')}
          emptyLabel={t('common.all')}
          value={organizationId}
          onChange={(event) => list.update({ organizationId: event.target.value })}
        />
        <div className="filters__submit">
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </div>
      </form>

      <QueryResults query={query} list={list} empty={t('directory.services.empty')}>
        {(items) => (
          <>
            {/* Explicit roles: the phone layout restyles the table, which would drop its semantics. */}
            <table className="table table--rows" role="table">
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('directory.services.fields.name')}</th>
                  <th scope="col" role="columnheader">{t('directory.services.fields.type')}</th>
                  <th scope="col" role="columnheader">{t('directory.services.fields.organization')}</th>
                  <th scope="col" role="columnheader">{t('directory.services.fields.status')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {items.map((service) => (
                  <tr role="row" key={service.id}>
                    <Td label={t('directory.services.fields.name')}>
                      <Link to={`/directory/services/${service.id}`}>{labels.name(service)}</Link>
                      {labels.otherName(service) && <span className="secondary">{labels.otherName(service)}</span>}
                    </Td>
                    <Td label={t('directory.services.fields.type')}>{labels.serviceType(service.type)}</Td>
                    <Td label={t('directory.services.fields.organization')}>
                      {service.organizationId ? (
                        <Link to={`/directory/organizations/${service.organizationId}`}>{service.organizationName}</Link>
                      ) : (
                        service.organizationName
                      )}
                    </Td>
                    <Td label={t('directory.services.fields.status')}>
                      <span className={`badge badge--${(service.status ?? '').toLowerCase()}`}>
                        {labels.serviceStatus(service.status)}
                      </span>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </QueryResults>
    </>
  );
}
