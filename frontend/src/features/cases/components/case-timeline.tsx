import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { DEFAULT_PAGE_SIZE } from '@/lib/routing/use-list-params';
import { useTimeline } from '../api/get-timeline';
import { useTimelineText } from './timeline-text';
import { useCaseLabels } from './use-case-labels';

/** Every event of the case, newest first, a page at a time. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const text = useTimelineText();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(DEFAULT_PAGE_SIZE);
  const query = useTimeline(caseId, { page, size });

  if (query.isPending) return <Loading label={t('common.loadingList')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyState>{t('cases.timeline.empty')}</EmptyState>;
  return (
    <div aria-busy={query.isFetching}>
      <table className="table table--rows" role="table" aria-label={t('cases.page.timeline')}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('cases.timeline.at')}</th>
            <th scope="col" role="columnheader">{t('cases.timeline.event')}</th>
            <th scope="col" role="columnheader">{t('cases.timeline.actor')}</th>
            <th scope="col" role="columnheader">{t('cases.timeline.summary')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {query.data.items.map((event, index) => (
            <tr role="row" key={event.id ?? index}>
              <Td label={t('cases.timeline.at')}>
                <time dateTime={event.at}>{labels.dateTime(event.at)}</time>
              </Td>
              <Td label={t('cases.timeline.event')}>{labels.timelineType(event.type)}</Td>
              <Td label={t('cases.timeline.actor')}>{event.actorName || t('common.none')}</Td>
              <Td label={t('cases.timeline.summary')}>
                {text(event) || t('common.none')}
                {event.type === 'HOTLINE_TICKET_LINKED' && event.params?.ticketId && (
                  <>
                    {' '}
                    <Link to={`/hotline/tickets/${event.params.ticketId}`}>{event.params.ticketNumber ?? event.params.ticketId}</Link>
                  </>
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
