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
import { useOrganizations } from '../api/get-organizations';
import { ORGANIZATION_KINDS } from '../enums';
import { useLabels } from './use-labels';

/** Searchable, filterable, paged list of organizations. */
export function OrganizationList() {
  const { t } = useTranslation();
  const labels = useLabels();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const canManage = useHasRole('admin');
  const list = useListParams();
  const q = list.get('q');
  const kind = oneOf(ORGANIZATION_KINDS, list.get('kind'));
  const [search, setSearch] = useState(q);
  // Back and forward change the address: the search box follows.
  useEffect(() => setSearch(q), [q]);
  const query = useOrganizations({ q, kind, page: list.page, size: list.size, sort: 'nameVi,asc' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    list.update({ q: search.trim() });
  };

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('directory.organizations.title')}
        actions={
          canManage && (
            <Link className="button button--primary" to="/directory/organizations/new">
              {t('directory.organizations.new')}
            </Link>
          )
        }
      />
      <form className="filters" role="search" onSubmit={submit} aria-label={t('common.filters')}>
        <div className="field">
          <label className="field__label" htmlFor="organizations-q">
            {t('common.searchLabel')}
          </label>
          <input
            id="organizations-q"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-describedby="organizations-q-hint"
          />
          <p className="field__hint" id="organizations-q-hint">
            {t('directory.organizations.searchHint')}
          </p>
        </div>
        <SelectField id="organizations-kind" label={t('directory.organizations.fields.kind')} value={kind ?? ''} onChange={(event) => list.update({ kind: event.target.value })}>
          <option value="">{t('common.all')}</option>
          {ORGANIZATION_KINDS.map((value) => (
            <option key={value} value={value}>
              {labels.kind(value)}
            </option>
          ))}
        </SelectField>
        <div className="filters__submit">
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </div>
      </form>

      <QueryResults query={query} list={list} empty={t('directory.organizations.empty')}>
        {(items) => (
          <>
            {/* Explicit roles: the phone layout restyles the table, which would drop its semantics. */}
            <table className="table table--rows" role="table">
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('directory.organizations.fields.name')}</th>
                  <th scope="col" role="columnheader">{t('directory.organizations.fields.kind')}</th>
                  <th scope="col" role="columnheader">{t('directory.organizations.fields.status')}</th>
                  <th scope="col" role="columnheader">{t('directory.organizations.fields.phone')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {items.map((organization) => (
                  <tr role="row" key={organization.id}>
                    <Td label={t('directory.organizations.fields.name')}>
                      <Link to={`/directory/organizations/${organization.id}`}>{labels.name(organization)}</Link>
                      {labels.otherName(organization) && (
                        <span className="secondary">{labels.otherName(organization)}</span>
                      )}
                    </Td>
                    <Td label={t('directory.organizations.fields.kind')}>{labels.kind(organization.kind)}</Td>
                    <Td label={t('directory.organizations.fields.status')}>
                      <span className={`badge badge--${(organization.status ?? '').toLowerCase()}`}>
                        {labels.organizationStatus(organization.status)}
                      </span>
                    </Td>
                    <Td label={t('directory.organizations.fields.phone')}>
                      {organization.phone ? <a href={`tel:${organization.phone}`}>{organization.phone}</a> : t('common.none')}
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
