import { PlaceName } from '@/components/ui/place-field';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { PrintButton } from '@/components/ui/print-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useCategories } from '../api/get-reference';
import { useTicket } from '../api/get-ticket';
import { printTicket } from '../api/print-ticket';
import { CallForm } from './call-form';
import { TicketOverdueBadge, TicketStatusBadge, TicketUrgencyBadge } from './ticket-badges';
import { TicketActions } from './ticket-actions';
import { CallbacksPanel, CallerPanel, HistoryPanel } from './ticket-panels';
import { useHotlineLabels } from './use-hotline-labels';

/** One ticket: the contact, its steps, callbacks, the caller's number and the history. */
export function TicketPage() {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const { id = '' } = useParams();
  const query = useTicket(id);
  const categories = useCategories();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const ticket = query.data.data;
  const none = t('common.none');
  const duration = ticket.durationSeconds == null ? none
    : t('hotline.page.durationValue', { minutes: Math.floor(ticket.durationSeconds / 60), seconds: ticket.durationSeconds % 60 });
  const closed = ticket.status === 'CLOSED' || !!ticket.deidentified;
  return (
    <>
      <PageHeader
        title={
          <>
            {ticket.ticketNumber} <TicketUrgencyBadge urgency={ticket.urgency} /> <TicketStatusBadge status={ticket.status} />{' '}
            <TicketOverdueBadge overdue={ticket.overdue} />
          </>
        }
        subtitle={`${ticket.line?.number ?? ''} — ${labels.lineName(ticket.line)} · ${labels.channel(ticket.channel)} · ${labels.direction(ticket.direction)}`}
        actions={
          <>
            {!closed && (
              <Link className="button" to={`/hotline/tickets/${id}/edit`}>
                {t('hotline.page.edit')}
              </Link>
            )}
            <PrintButton
              className="button"
              label={t('hotline.page.print')}
              fileName={`phieu-cuoc-goi-${ticket.ticketNumber}.pdf`}
              load={(client) => printTicket(client, id)}
            />
          </>
        }
      />
      {ticket.deidentified && <Notice>{t('hotline.page.deidentified')}</Notice>}
      <TicketActions ticket={query.data} />
      <div className="ticket-grid">
        <section className="ticket-section" aria-labelledby="ticket-facts">
          <h2 id="ticket-facts">{t('hotline.page.facts')}</h2>
          <dl className="facts">
            <dt>{t('hotline.page.started')}</dt>
            <dd>{labels.dateTime(ticket.startedAt)}</dd>
            <dt>{t('hotline.page.ended')}</dt>
            <dd>{ticket.endedAt ? labels.dateTime(ticket.endedAt) : none}</dd>
            <dt>{t('hotline.page.duration')}</dt>
            <dd>{duration}</dd>
            <dt>{t('hotline.page.responseDue')}</dt>
            <dd>{labels.dateTime(ticket.responseDueAt)}</dd>
            <dt>{t('hotline.page.respondedAt')}</dt>
            <dd>{ticket.respondedAt ? labels.dateTime(ticket.respondedAt) : none}</dd>
            <dt>{t('hotline.page.assignee')}</dt>
            <dd>{ticket.assignee?.name ?? t('hotline.page.unassigned')}</dd>
            <dt>{t('hotline.list.category')}</dt>
            <dd>{(ticket.categories ?? []).map((c) => labels.category(c, categories.data)).join(', ') || none}</dd>
            <dt>{t('hotline.form.actions')}</dt>
            <dd>{(ticket.actions ?? []).map((a) => labels.action(a)).join(', ') || none}</dd>
            <dt>{t('hotline.page.outcome')}</dt>
            <dd>
              {labels.outcome(ticket.outcome) || none}
              {ticket.outcomeNote ? ` — ${ticket.outcomeNote}` : ''}
            </dd>
            <dt>{t('hotline.page.case')}</dt>
            <dd>{ticket.caseId ? <Link to={`/cases/${ticket.caseId}`}>{ticket.caseNumber ?? ticket.caseId}</Link> : none}</dd>
            {ticket.referralId && (
              <>
                <dt>{t('hotline.page.referral')}</dt>
                <dd>
                  <Link to={`/referrals/${ticket.referralId}`}>{t('hotline.page.referral')}</Link>
                </dd>
              </>
            )}
            <dt>{t('hotline.page.createdBy')}</dt>
            <dd>{ticket.createdByName ?? none}</dd>
          </dl>
        </section>
        <section className="ticket-section" aria-labelledby="ticket-people">
          <h2 id="ticket-people">{t('hotline.form.caller')}</h2>
          <dl className="facts">
            <dt>{t('hotline.form.callerName')}</dt>
            <dd>{ticket.caller?.anonymous ? t('hotline.anonymous') : ticket.caller?.name || none}</dd>
            <dt>{t('hotline.form.callerPhone')}</dt>
            <dd>{ticket.caller?.phone || none}</dd>
            <dt>{t('hotline.form.callerRelation')}</dt>
            <dd>{labels.relation(ticket.caller?.relation) || none}</dd>
            <dt>{t('hotline.form.callerPlace')}</dt>
            <dd>{ticket.caller?.placeCode ? <PlaceName code={ticket.caller.placeCode} /> : none}</dd>
          </dl>
          <p>{t('hotline.page.previousContacts', { count: ticket.previousContacts ?? 0 })}</p>
          <h2>{t('hotline.form.concerned')}</h2>
          <dl className="facts">
            <dt>{t('hotline.form.concernedName')}</dt>
            <dd>
              {ticket.concerned?.name || none} {ticket.concerned?.child && <span className="badge">{t('hotline.child')}</span>}
            </dd>
            <dt>{t('hotline.form.concernedSex')}</dt>
            <dd>{labels.sex(ticket.concerned?.sex) || none}</dd>
            <dt>{t('hotline.form.concernedAge')}</dt>
            <dd>{ticket.concerned?.age ?? none}</dd>
            <dt>{t('hotline.form.concernedPlace')}</dt>
            <dd>{ticket.concerned?.placeCode ? <PlaceName code={ticket.concerned.placeCode} /> : none}</dd>
            <dt>{t('hotline.form.concernedCountry')}</dt>
            <dd>{ticket.concerned?.country ? labels.country(ticket.concerned.country) : none}</dd>
          </dl>
          <h2>{t('hotline.form.summary')}</h2>
          <p className="prewrap">{ticket.summary || none}</p>
        </section>
      </div>
      <CallbacksPanel ticket={ticket} />
      <CallerPanel ticket={ticket} />
      <HistoryPanel ticketId={id} closed={closed} />
      <p>
        <Link to="/hotline">{t('hotline.nav.console')}</Link> · <Link to="/hotline/tickets">{t('hotline.nav.list')}</Link>
      </p>
    </>
  );
}

/** The call form over a saved ticket. */
export function TicketEditPage() {
  const { id = '' } = useParams();
  const query = useTicket(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <CallForm ticket={query.data} />;
}
