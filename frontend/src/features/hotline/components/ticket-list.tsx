import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-fields';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { oneOf } from '@/lib/enums';
import { useListParams } from '@/lib/routing/use-list-params';
import { useCategories, useLines } from '../api/get-reference';
import { useTickets } from '../api/get-tickets';
import { CHANNELS, TICKET_STATUSES, URGENCIES } from '../enums';
import { TicketTable } from './hotline-console';
import { useHotlineLabels } from './use-hotline-labels';

const VIEWS = ['all', 'open', 'mine'] as const;

/** The organization's tickets with filters; everything lives in the address. No personal data. */
export function TicketList() {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const list = useListParams();
  // A caller's number stays in this page's state, never in the address (browser history, server logs).
  const [q, setQ] = useState('');
  const lines = useLines();
  const categories = useCategories();
  const view = oneOf(VIEWS, list.get('view')) ?? 'all';
  const status = oneOf(TICKET_STATUSES, list.get('status'));
  const urgency = oneOf(URGENCIES, list.get('urgency'));
  const channel = oneOf(CHANNELS, list.get('channel'));
  const overdue = list.get('overdue') === 'true';
  const params = {
    view: view === 'all' ? undefined : view,
    status,
    urgency,
    channel,
    lineId: list.get('lineId') || undefined,
    category: list.get('category') || undefined,
    from: list.get('from') || undefined,
    to: list.get('to') || undefined,
    q: q || undefined,
    overdue: overdue || undefined,
    page: list.page,
    size: list.size,
  };
  const query = useTickets(params);
  const filtered = Object.entries(params).some(([k, v]) => !['page', 'size', 'view'].includes(k) && v !== undefined);
  return (
    <>
      <PageHeader
        title={t('hotline.list.title')}
        subtitle={t('hotline.list.intro')}
        actions={
          <Link className="button button--primary" to="/hotline/tickets/new">
            {t('hotline.nav.newCall')}
          </Link>
        }
      />
      <form className="filters" role="search" aria-label={t('common.filters')} onSubmit={(event) => event.preventDefault()}>
        <SelectField id="tickets-view" label={t('hotline.list.view')} value={view} onChange={(e) => list.update({ view: e.target.value === 'all' ? undefined : e.target.value })}>
          {VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`hotline.list.views.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="tickets-status" label={t('hotline.list.status')} value={status ?? ''} onChange={(e) => list.update({ status: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.status(s)}
            </option>
          ))}
        </SelectField>
        <SelectField id="tickets-urgency" label={t('hotline.list.urgency')} value={urgency ?? ''} onChange={(e) => list.update({ urgency: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {labels.urgency(u)}
            </option>
          ))}
        </SelectField>
        <SelectField id="tickets-line" label={t('hotline.list.line')} value={list.get('lineId')} onChange={(e) => list.update({ lineId: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {(lines.data ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.code}
            </option>
          ))}
        </SelectField>
        <SelectField id="tickets-channel" label={t('hotline.list.channel')} value={channel ?? ''} onChange={(e) => list.update({ channel: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {labels.channel(c)}
            </option>
          ))}
        </SelectField>
        <SelectField id="tickets-category" label={t('hotline.list.category')} value={list.get('category')} onChange={(e) => list.update({ category: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {(categories.data ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {labels.category(c.code, categories.data)}
            </option>
          ))}
        </SelectField>
        <TextField id="tickets-from" type="date" label={t('hotline.list.from')} value={list.get('from')} onChange={(e) => list.update({ from: e.target.value })} />
        <TextField id="tickets-to" type="date" label={t('hotline.list.to')} value={list.get('to')} onChange={(e) => list.update({ to: e.target.value })} />
        <TextField id="tickets-q" type="search" label={t('hotline.list.q')} defaultValue={q}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            setQ((e.target as HTMLInputElement).value.trim());
            list.update({ page: undefined });
          }} />
        <div className="filters__submit">
          <CheckboxField id="tickets-overdue" label={t('hotline.list.overdueOnly')} checked={overdue}
            onChange={(e) => list.update({ overdue: e.target.checked ? 'true' : undefined })} />
        </div>
      </form>
      <QueryResults query={query} list={list} empty={filtered ? t('hotline.list.emptyFiltered') : t('hotline.list.empty')}>
        {(items) => <TicketTable items={items} empty={t('hotline.list.empty')} label={t('hotline.list.table')} />}
      </QueryResults>
    </>
  );
}
