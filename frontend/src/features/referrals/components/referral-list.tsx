import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckboxField, SelectField } from '@/components/ui/form-fields';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { Tabs } from '@/components/ui/tabs';
import { oneOf } from '@/lib/enums';
import { useListParams } from '@/lib/routing/use-list-params';
import { useReferrals } from '../api/get-referrals';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../enums';
import type { ReferralDirection } from '../types';
import { OverdueBadge, ReferralStatusBadge, UrgencyBadge } from './referral-badges';
import { useReferralLabels } from './use-referral-labels';

const SORTS = ['newest', 'oldest', 'due', 'updated'] as const;
type Sort = (typeof SORTS)[number];

/** The API's sort for each choice; "newest" is the server's own order (sent for the inbox, created for the outbox). */
function apiSort(sort: Sort, direction: ReferralDirection): string | undefined {
  const time = direction === 'incoming' ? 'sentAt' : 'createdAt';
  switch (sort) {
    case 'newest':
      return undefined;
    case 'oldest':
      return `${time},asc`;
    case 'due':
      return 'answerDueAt,asc';
    case 'updated':
      return 'updatedAt,desc';
  }
}

/**
 * The inbox (referrals sent to the caller's organization) and the outbox (those it created) as
 * tabs, filtered by status and overdue, sorted and paged; everything lives in the address. The
 * list holds no personal data, only case numbers.
 */
export function ReferralList() {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const list = useListParams();
  const direction: ReferralDirection = oneOf(REFERRAL_DIRECTIONS, list.get('direction')) ?? 'incoming';
  const status = oneOf(REFERRAL_STATUSES, list.get('status'));
  const overdue = list.get('overdue') === 'true';
  const sort: Sort = oneOf(SORTS, list.get('sort')) ?? 'newest';
  const incoming = direction === 'incoming';
  const query = useReferrals({
    direction,
    status,
    overdue: overdue || undefined,
    sort: apiSort(sort, direction),
    page: list.page,
    size: list.size,
  });
  const sortLabels: Record<Sort, string> = {
    newest: t('referrals.list.sortNewest'),
    oldest: t('referrals.list.sortOldest'),
    due: t('referrals.list.sortDue'),
    updated: t('referrals.list.sortUpdated'),
  };
  const filtered = !!status || overdue;

  return (
    <>
      <PageHeader title={t('referrals.list.title')} subtitle={t('referrals.list.intro')} />
      <Tabs
        label={t('referrals.list.directions')}
        idPrefix="referral-directions"
        tabs={REFERRAL_DIRECTIONS.map((id) => ({ id, label: t(`referrals.list.${id}`) }))}
        selected={direction}
        // Drafts never reach an inbox: that filter goes with the switch.
        onSelect={(id) => list.update({ direction: id, status: id === 'incoming' && status === 'DRAFT' ? undefined : status })}
      >
        <form className="filters" role="search" aria-label={t('common.filters')} onSubmit={(event) => event.preventDefault()}>
          <SelectField
            id="referrals-status"
            label={t('referrals.list.status')}
            value={status ?? ''}
            onChange={(event) => list.update({ status: event.target.value })}
          >
            <option value="">{t('common.all')}</option>
            {REFERRAL_STATUSES.filter((value) => !incoming || value !== 'DRAFT').map((value) => (
              <option key={value} value={value}>
                {labels.status(value)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="referrals-sort"
            label={t('referrals.list.sort')}
            value={sort}
            onChange={(event) => list.update({ sort: event.target.value === 'newest' ? undefined : event.target.value })}
          >
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {sortLabels[value]}
              </option>
            ))}
          </SelectField>
          <div className="filters__submit">
            <CheckboxField
              id="referrals-overdue"
              label={t('referrals.list.overdueOnly')}
              checked={overdue}
              onChange={(event) => list.update({ overdue: event.target.checked ? 'true' : undefined })}
            />
          </div>
        </form>

        <QueryResults
          query={query}
          list={list}
          empty={
            filtered
              ? t('referrals.list.emptyFiltered')
              : incoming
                ? t('referrals.list.emptyIncoming')
                : t('referrals.list.emptyOutgoing')
          }
        >
          {(items) => (
            <table
              className="table table--rows"
              role="table"
              aria-label={incoming ? t('referrals.list.tableIncoming') : t('referrals.list.tableOutgoing')}
            >
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('referrals.list.caseNumber')}</th>
                  <th scope="col" role="columnheader">{t('referrals.list.serviceType')}</th>
                  <th scope="col" role="columnheader">{incoming ? t('referrals.list.from') : t('referrals.list.to')}</th>
                  <th scope="col" role="columnheader">{t('referrals.list.urgency')}</th>
                  <th scope="col" role="columnheader">{t('referrals.list.status')}</th>
                  <th scope="col" role="columnheader">{incoming ? t('referrals.list.sentAt') : t('referrals.list.createdAt')}</th>
                  <th scope="col" role="columnheader">{t('referrals.list.answerDueAt')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {items.map((item) => (
                  <tr role="row" key={item.id} className={item.overdue ? 'row--overdue' : undefined}>
                    <Td label={t('referrals.list.caseNumber')}>
                      <Link to={`/referrals/${item.id}`}>{item.caseNumber || (item.subject === 'OUTREACH' ? t('referrals.list.outreach') : item.subject === 'CLUB_MEMBER' ? t('referrals.list.clubMember') : item.id)}</Link>
                    </Td>
                    <Td label={t('referrals.list.serviceType')}>{labels.serviceType(item.serviceType)}</Td>
                    <Td label={incoming ? t('referrals.list.from') : t('referrals.list.to')}>
                      {labels.organization(incoming ? item.sender : item.receiver)}
                    </Td>
                    <Td label={t('referrals.list.urgency')}>
                      <UrgencyBadge urgency={item.urgency} />
                    </Td>
                    <Td label={t('referrals.list.status')}>
                      <span className="due">
                        <ReferralStatusBadge status={item.status} />
                        <OverdueBadge overdue={item.overdue} />
                      </span>
                    </Td>
                    <Td label={incoming ? t('referrals.list.sentAt') : t('referrals.list.createdAt')}>
                      {labels.dateTime(incoming ? item.sentAt : item.createdAt)}
                    </Td>
                    <Td label={t('referrals.list.answerDueAt')}>
                      {item.answerDueAt ? labels.dateTime(item.answerDueAt) : t('common.none')}
                    </Td>
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
