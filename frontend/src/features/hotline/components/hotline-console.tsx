import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useConsole } from '../api/get-console';
import { useCategories } from '../api/get-reference';
import type { TicketSummary } from '../types';
import { TicketOverdueBadge, TicketStatusBadge, TicketUrgencyBadge } from './ticket-badges';
import { useHotlineLabels } from './use-hotline-labels';

/** The operator's screen: open tickets by urgency and deadline, callbacks due, my tickets and today's counts. */
export function HotlineConsole() {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const navigate = useNavigate();
  const query = useConsole();
  const categories = useCategories();

  // Alt+M starts a new call from anywhere on the console.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.code === 'KeyM') {
        event.preventDefault();
        navigate('/hotline/tickets/new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const newCall = (
    <Link className="button button--primary" to="/hotline/tickets/new" title={t('hotline.console.newCallHint')}>
      {t('hotline.nav.newCall')}
    </Link>
  );
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const today = data.today;
  const counts = (title: string, items: { key?: string; count?: number }[] | undefined, label: (key: string) => string) => (
    <div className="console-counts">
      <h3>{title}</h3>
      <ul>
        {(items ?? []).map((item) => (
          <li key={item.key}>
            {label(item.key ?? '')}: <strong>{item.count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <div aria-busy={query.isFetching}>
      <PageHeader title={t('hotline.console.title')} subtitle={t('hotline.console.intro')} actions={newCall} />
      <div className="console-grid">
        <section className="ticket-section console-open" aria-labelledby="console-open">
          <h2 id="console-open">{t('hotline.console.open', { count: data.openTotal ?? 0 })}</h2>
          <TicketTable items={data.open ?? []} empty={t('hotline.console.noOpen')} label={t('hotline.console.open', { count: data.openTotal ?? 0 })} />
          <Link to="/hotline/tickets?view=open">{t('hotline.console.openMore')}</Link>
        </section>
        <section className="ticket-section" aria-labelledby="console-callbacks">
          <h2 id="console-callbacks">{t('hotline.console.callbacks')}</h2>
          {(data.callbacks ?? []).length === 0 ? (
            <p>{t('hotline.console.noCallbacks')}</p>
          ) : (
            <ul className="callbacks">
              {(data.callbacks ?? []).map((c) => (
                <li key={c.id} data-overdue={c.overdue || undefined}>
                  <Link to={`/hotline/tickets/${c.ticketId}`}>{c.ticketNumber}</Link> — <time dateTime={c.dueAt}>{labels.dateTime(c.dueAt)}</time>{' '}
                  <TicketOverdueBadge overdue={c.overdue} />
                </li>
              ))}
            </ul>
          )}
          <h2>{t('hotline.console.mine')}</h2>
          <TicketTable items={data.mine ?? []} empty={t('hotline.console.noMine')} label={t('hotline.console.mine')} />
        </section>
        <section className="ticket-section" aria-labelledby="console-today">
          <h2 id="console-today">{t('hotline.console.today')}</h2>
          {!today?.total ? (
            <p>{t('hotline.console.noneToday')}</p>
          ) : (
            <>
              <p>{t('hotline.console.todayTotal', { count: today.total })}</p>
              {counts(t('hotline.console.byLine'), today.byLine, (k) => k)}
              {counts(t('hotline.console.byChannel'), today.byChannel, (k) => labels.channel(k as never))}
              {counts(t('hotline.console.byUrgency'), today.byUrgency, (k) => labels.urgency(k as never))}
              {counts(t('hotline.console.byCategory'), today.byCategory, (k) => labels.category(k, categories.data))}
            </>
          )}
        </section>
      </div>
    </div>
  );
}

/** Tickets as a table: number, urgency, status, line, started and the response deadline. */
export function TicketTable({ items, empty, label }: { items: TicketSummary[]; empty: string; label: string }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <table className="table table--rows" role="table" aria-label={label}>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{t('hotline.list.number')}</th>
          <th scope="col" role="columnheader">{t('hotline.list.urgency')}</th>
          <th scope="col" role="columnheader">{t('hotline.list.status')}</th>
          <th scope="col" role="columnheader">{t('hotline.list.line')}</th>
          <th scope="col" role="columnheader">{t('hotline.list.startedAt')}</th>
          <th scope="col" role="columnheader">{t('hotline.list.responseDue')}</th>
          <th scope="col" role="columnheader">{t('hotline.list.assignee')}</th>
          <th scope="col" role="columnheader">{t('hotline.list.case')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {items.map((item) => (
          <tr role="row" key={item.id} data-urgency={item.urgency}>
            <Td label={t('hotline.list.number')}>
              <Link to={`/hotline/tickets/${item.id}`}>{item.ticketNumber}</Link>
            </Td>
            <Td label={t('hotline.list.urgency')}>
              <TicketUrgencyBadge urgency={item.urgency} />
            </Td>
            <Td label={t('hotline.list.status')}>
              <TicketStatusBadge status={item.status} /> <TicketOverdueBadge overdue={item.overdue} />
            </Td>
            <Td label={t('hotline.list.line')} phone="hidden">
              {item.lineCode} · {labels.channel(item.channel)}
            </Td>
            <Td label={t('hotline.list.startedAt')} phone="hidden">{labels.dateTime(item.startedAt)}</Td>
            <Td label={t('hotline.list.responseDue')}>{labels.dateTime(item.responseDueAt)}</Td>
            <Td label={t('hotline.list.assignee')}>{item.assigneeName ?? t('common.none')}</Td>
            <Td label={t('hotline.list.case')} phone="hidden">{item.caseNumber ?? t('common.none')}</Td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
