import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/ui/form-fields';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { Tabs } from '@/components/ui/tabs';
import { useHasRole } from '@/lib/auth/get-me';
import { oneOf } from '@/lib/enums';
import { useListParams } from '@/lib/routing/use-list-params';
import { useCases } from '../api/get-cases';
import { CASE_CATEGORIES, CASE_STATUSES } from '../enums';
import { INTAKE_ROLES } from '../roles';
import { StatusBadge } from './status-badge';
import { useCaseLabels } from './use-case-labels';
import { VerificationDue } from './verification-due';
import { VisitDue } from './visit-due';

const VIEWS = ['mine', 'organization', 'overdue', 'visitDue'] as const;
type View = (typeof VIEWS)[number];

/**
 * The cases of the worker ("mine"), of their organization, or overdue for verification; search by
 * case number, name or ID number; filter by status and category. The filters live in the address,
 * the search text does not.
 */
export function CaseList() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const list = useListParams();
  const isWorker = useHasRole('social-worker');
  const canRecord = useHasRole(...INTAKE_ROLES);
  // A social worker starts with their own cases; supervisors and operators with the organization's.
  const view: View = oneOf(VIEWS, list.get('view')) ?? (isWorker ? 'mine' : 'organization');
  // The search stays in this page's state, never in the address: a name or an ID number in a URL
  // reaches browser history and server logs.
  const [q, setQ] = useState('');
  const status = oneOf(CASE_STATUSES, list.get('status'));
  const category = oneOf(CASE_CATEGORIES, list.get('category'));
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const query = useCases({
    view: view === 'overdue' || view === 'visitDue' ? 'organization' : view,
    overdue: view === 'overdue' ? true : undefined,
    visitDue: view === 'visitDue' ? true : undefined,
    q,
    status,
    category,
    page: list.page,
    size: list.size,
    sort: view === 'visitDue' ? 'nextVisitDue,asc' : 'receivedAt,desc',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(search.trim());
    list.update({ page: undefined });
  };
  const viewLabels: Record<View, string> = {
    mine: t('cases.list.viewMine'),
    organization: t('cases.list.viewOrganization'),
    overdue: t('cases.list.viewOverdue'),
    visitDue: t('cases.list.viewVisitDue'),
  };
  const visits = view === 'visitDue';

  return (
    <>
      <PageHeader
        title={t('cases.list.title')}
        actions={
          canRecord && (
            <Link className="button button--primary" to="/intakes/new">
              {t('nav.newIntake')}
            </Link>
          )
        }
      />
      <Tabs
        label={t('cases.list.views')}
        idPrefix="case-views"
        tabs={VIEWS.map((id) => ({ id, label: viewLabels[id] }))}
        selected={view}
        onSelect={(id) => list.update({ view: id })}>
        <form className="filters" role="search" onSubmit={submit} aria-label={t('common.filters')}>
          <div className="field">
            <label className="field__label" htmlFor="cases-q">
              {t('common.searchLabel')}
            </label>
            <input
              id="cases-q"
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              aria-describedby="cases-q-hint"
            />
            <p className="field__hint" id="cases-q-hint">
              {t('cases.list.searchHint')}
            </p>
          </div>
          <SelectField id="cases-status" label={t('cases.fields.status')} value={status ?? ''} onChange={(event) => list.update({ status: event.target.value })}>
            <option value="">{t('common.all')}</option>
            {CASE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {labels.status(value)}
              </option>
            ))}
          </SelectField>
          <SelectField id="cases-category" label={t('cases.fields.category')} value={category ?? ''} onChange={(event) => list.update({ category: event.target.value })}>
            <option value="">{t('common.all')}</option>
            {CASE_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {labels.category(value)}
              </option>
            ))}
          </SelectField>
          <div className="filters__submit">
            <button type="submit" className="button">
              {t('common.search')}
            </button>
          </div>
        </form>

        <QueryResults
          query={query}
          list={list}
          empty={
            view === 'overdue' && !q
              ? t('cases.list.emptyOverdue')
              : visits && !q
                ? t('cases.list.emptyVisitDue')
                : t('cases.list.empty')
          }
        >
          {(items) => (
            <table className="table table--rows" role="table">
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('cases.fields.caseNumber')}</th>
                  <th scope="col" role="columnheader">{t('cases.fields.personName')}</th>
                  <th scope="col" role="columnheader">{t('cases.fields.status')}</th>
                  <th scope="col" role="columnheader">{t('cases.fields.category')}</th>
                  <th scope="col" role="columnheader">{t('cases.fields.receivedAt')}</th>
                  <th scope="col" role="columnheader">
                    {visits ? t('cases.fields.nextVisitDue') : t('cases.fields.verificationDueAt')}
                  </th>
                  <th scope="col" role="columnheader">{t('cases.fields.assignedTo')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {items.map((item) => (
                  <tr role="row" key={item.id} className={item.verificationOverdue ? 'row--overdue' : undefined}>
                    <Td label={t('cases.fields.caseNumber')}>
                      <Link to={`/cases/${item.id}`}>{item.caseNumber}</Link>
                    </Td>
                    <Td label={t('cases.fields.personName')}>{item.personName}</Td>
                    <Td label={t('cases.fields.status')}>
                      <StatusBadge status={item.status} />
                    </Td>
                    <Td label={t('cases.fields.category')} phone="hidden">{labels.category(item.category)}</Td>
                    <Td label={t('cases.fields.receivedAt')} phone="hidden">{labels.dateTime(item.receivedAt)}</Td>
                    {visits ? (
                      <Td label={t('cases.fields.nextVisitDue')}>
                        <VisitDue due={item.nextVisitDue} />
                      </Td>
                    ) : (
                      <Td label={t('cases.fields.verificationDueAt')}>
                        <VerificationDue dueAt={item.verificationDueAt} overdue={item.verificationOverdue} />
                      </Td>
                    )}
                    <Td label={t('cases.fields.assignedTo')}>{item.assignedToName || t('cases.list.unassigned')}</Td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryResults>
      </Tabs>
    </>
  );
}
