import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useHasRole } from '@/lib/auth/get-me';
import { DEFAULT_PAGE_SIZE } from '@/lib/routing/use-list-params';
import { useReferrals } from '../api/get-referrals';
import { REFERRAL_SENDER_ROLES } from '../roles';
import { OverdueBadge, ReferralStatusBadge, UrgencyBadge } from './referral-badges';
import { ReferralForm } from './referral-form';
import { useReferralLabels } from './use-referral-labels';

interface CaseReferralsProps {
  caseId: string;
  caseNumber: string;
  /** A closed case cannot be referred; its referrals still show. */
  closed: boolean;
}

/**
 * The referrals the caller's organization made for a case, newest first, and the button that
 * refers it. Shown as a tab of the case page, which the app composes (features do not import
 * each other); after saving, the new referral's page opens.
 */
export function CaseReferrals({ caseId, caseNumber, closed }: CaseReferralsProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const navigate = useNavigate();
  const canRefer = useHasRole(...REFERRAL_SENDER_ROLES);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(DEFAULT_PAGE_SIZE);
  const query = useReferrals({ direction: 'outgoing', caseId, page, size });
  const [referring, setReferring] = useState(false);

  return (
    <>
      <div className="section-header">
        <h2>{t('referrals.caseTab.title')}</h2>
        {canRefer && !closed && (
          <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setReferring(true)}>
            {t('referrals.caseTab.refer')}
          </button>
        )}
      </div>
      {canRefer && closed && <p className="muted">{t('referrals.caseTab.closed')}</p>}
      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState>{t('referrals.caseTab.empty')}</EmptyState>
      ) : (
        <div aria-busy={query.isFetching}>
          <table className="table" role="table" aria-label={t('referrals.caseTab.table')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('referrals.list.serviceType')}</th>
                <th scope="col" role="columnheader">{t('referrals.list.to')}</th>
                <th scope="col" role="columnheader">{t('referrals.list.urgency')}</th>
                <th scope="col" role="columnheader">{t('referrals.list.status')}</th>
                <th scope="col" role="columnheader">{t('referrals.list.createdAt')}</th>
                <th scope="col" role="columnheader">{t('referrals.list.answerDueAt')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {query.data.items.map((item) => {
                const service = labels.serviceType(item.serviceType);
                const organization = labels.organization(item.receiver);
                return (
                  <tr role="row" key={item.id} className={item.overdue ? 'row--overdue' : undefined}>
                    <Td label={t('referrals.list.serviceType')}>
                      <Link to={`/referrals/${item.id}`} aria-label={t('referrals.caseTab.openLabel', { service, organization })}>
                        {service}
                      </Link>
                    </Td>
                    <Td label={t('referrals.list.to')}>{organization}</Td>
                    <Td label={t('referrals.list.urgency')}>
                      <UrgencyBadge urgency={item.urgency} />
                    </Td>
                    <Td label={t('referrals.list.status')}>
                      <span className="due">
                        <ReferralStatusBadge status={item.status} />
                        <OverdueBadge overdue={item.overdue} />
                      </span>
                    </Td>
                    <Td label={t('referrals.list.createdAt')}>{labels.dateTime(item.createdAt)}</Td>
                    <Td label={t('referrals.list.answerDueAt')}>
                      {item.answerDueAt ? labels.dateTime(item.answerDueAt) : t('common.none')}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pagination
            page={query.data.page}
            size={size}
            total={query.data.total}
            onPage={setPage}
            onSize={(next) => {
              setSize(next);
              setPage(0);
            }}
          />
        </div>
      )}
      {referring && (
        <ReferralForm
          caseId={caseId}
          caseNumber={caseNumber}
          onClose={() => setReferring(false)}
          onCreated={({ referral }) => {
            setReferring(false);
            const sent = referral.data.status !== 'DRAFT';
            navigate(`/referrals/${referral.data.id}`, {
              state: {
                notice: sent
                  ? t('referrals.form.createdSent', { organization: labels.organization(referral.data.receiver) })
                  : t('referrals.form.createdDraft'),
              },
            });
          }}
        />
      )}
    </>
  );
}
