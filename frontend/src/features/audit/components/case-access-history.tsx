import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useOrganizationName } from '@/lib/api/organizations';
import { DEFAULT_PAGE_SIZE } from '@/lib/routing/use-list-params';
import { useCaseAccessHistory } from '../api/get-case-access-history';
import { AuditSentence } from './audit-sentence';

/**
 * A case's own access history: who opened, changed, printed or was refused it, and which
 * groups of information they saw, newest first. Another organization's reads (through a
 * referral) name that organization.
 */
export function CaseAccessHistory({ caseId, organizationId }: { caseId: string; organizationId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organizationName = useOrganizationName();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(DEFAULT_PAGE_SIZE);
  const query = useCaseAccessHistory(caseId, page, size);

  if (query.isPending) return <Loading label={t('common.loadingList')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyState>{t('audit.caseHistory.empty')}</EmptyState>;
  return (
    <div aria-busy={query.isFetching}>
      <p className="muted">{t('audit.caseHistory.intro')}</p>
      <table className="table table--rows" role="table" aria-label={t('audit.caseHistory.title')}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('audit.occurredAt')}</th>
            <th scope="col" role="columnheader">{t('audit.what')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {query.data.items.map((event, index) => (
            <tr role="row" key={event.id ?? index}>
              <Td label={t('audit.occurredAt')}>
                <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
              </Td>
              <Td label={t('audit.what')}>
                <AuditSentence event={event} linkCases={false} />
                {event.organizationId && event.organizationId !== organizationId && (
                  <span className="muted"> ({organizationName(event.organizationId)})</span>
                )}
              </Td>
            </tr>
          ))}
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
  );
}
