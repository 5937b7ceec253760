import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { isFuture, localInputToIso } from '@/lib/dates';
import { useCallerHistory, useFlagCaller, useLiftFlag } from '../api/caller';
import { useRecordCallback, useScheduleCallback } from '../api/ticket-callbacks';
import { useAddTicketNote, useTicketHistory } from '../api/ticket-history';
import { CALLBACK_STATUSES, FLAG_KINDS } from '../enums';
import type { CallbackStatus, FlagKind, Ticket } from '../types';
import { TicketStatusBadge, TicketUrgencyBadge } from './ticket-badges';
import { useHotlineLabels } from './use-hotline-labels';

/** The ticket's notes and steps, newest first, with a box to add a note. */
export function HistoryPanel({ ticketId, closed }: { ticketId: string; closed: boolean }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const [text, setText] = useState('');
  const history = useTicketHistory(ticketId, page, size);
  const add = useAddTicketNote(ticketId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) add.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <section className="ticket-section" aria-labelledby="ticket-history">
      <h2 id="ticket-history">{t('hotline.notes.title')}</h2>
      {!closed && (
        <form className="form form--inline" onSubmit={submit} noValidate>
          {add.isError && <ProblemAlert error={add.error} />}
          <TextAreaField id="ticket-note" label={t('hotline.notes.text')} rows={2} maxLength={4000} value={text}
            onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button" disabled={add.isPending || !text.trim()}>
            {t('hotline.notes.add')}
          </button>
        </form>
      )}
      {history.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : history.isError ? (
        <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <EmptyState>{t('hotline.notes.empty')}</EmptyState>
      ) : (
        <>
          <ol className="history">
            {history.data.items.map((entry) => (
              <li key={entry.id} data-type={entry.type}>
                <time dateTime={entry.at}>{labels.dateTime(entry.at)}</time> — <strong>{labels.historyType(entry.type)}</strong>
                {entry.actorName ? ` · ${entry.actorName}` : ''}
                {entry.params?.urgency ? ` · ${labels.urgency(entry.params.urgency as never)}` : ''}
                {entry.params?.assignee ? ` · ${entry.params.assignee}` : ''}
                {entry.params?.outcome ? ` · ${labels.outcome(entry.params.outcome as never)}` : ''}
                {entry.params?.case ? ` · ${entry.params.case}` : ''}
                {entry.note && <p className="prewrap">{entry.note}</p>}
              </li>
            ))}
          </ol>
          <Pagination page={history.data.page} size={size} total={history.data.total} onPage={setPage}
            onSize={(next) => { setSize(next); setPage(0); }} />
        </>
      )}
    </section>
  );
}

/** Callbacks promised to the caller: schedule one, record what came of it. */
export function CallbacksPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const id = ticket.id ?? '';
  const schedule = useScheduleCallback(id);
  const record = useRecordCallback(id);
  const [dueAt, setDueAt] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<Record<string, CallbackStatus>>({});
  const closed = ticket.status === 'CLOSED' || !!ticket.deidentified;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = localInputToIso(dueAt);
    if (!iso || !isFuture(dueAt)) {
      setError(t('hotline.callbacks.futureOnly'));
      return;
    }
    setError(null);
    schedule.mutate({ dueAt: iso, note: note.trim() || undefined }, { onSuccess: () => { setDueAt(''); setNote(''); } });
  };
  const callbacks = ticket.callbacks ?? [];
  return (
    <section className="ticket-section" aria-labelledby="ticket-callbacks">
      <h2 id="ticket-callbacks">{t('hotline.callbacks.title')}</h2>
      {callbacks.length === 0 ? (
        <p>{t('hotline.callbacks.empty')}</p>
      ) : (
        <ul className="callbacks">
          {callbacks.map((c) => (
            <li key={c.id} data-status={c.status}>
              <time dateTime={c.dueAt}>{labels.dateTime(c.dueAt)}</time> — {labels.callbackStatus(c.status)}
              {c.overdue && <span className="badge badge--overdue"> {t('hotline.callbacks.overdue')}</span>}
              {c.note && <p className="prewrap">{c.note}</p>}
              {c.resultNote && <p className="prewrap">{c.resultNote}</p>}
              {c.status === 'SCHEDULED' && (
                <div className="form--inline">
                  <SelectField id={`callback-result-${c.id}`} label={t('hotline.callbacks.result')} value={results[c.id ?? ''] ?? ''}
                    onChange={(e) => setResults({ ...results, [c.id ?? '']: e.target.value as CallbackStatus })}>
                    <option value="">{t('common.none')}</option>
                    {CALLBACK_STATUSES.filter((s) => s !== 'SCHEDULED').map((s) => (
                      <option key={s} value={s}>
                        {labels.callbackStatus(s)}
                      </option>
                    ))}
                  </SelectField>
                  <button type="button" className="button button--small" disabled={!results[c.id ?? ''] || record.isPending}
                    onClick={() => record.mutate({ callbackId: c.id ?? '', body: { status: results[c.id ?? '']! } })}>
                    {t('hotline.callbacks.record')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {record.isError && <ProblemAlert error={record.error} />}
      {!closed && (
        <form className="form form--inline" onSubmit={submit} noValidate>
          {schedule.isError && <ProblemAlert error={schedule.error} />}
          <TextField id="callback-due" type="datetime-local" label={t('hotline.callbacks.dueAt')} value={dueAt} required
            errors={error ? [error] : undefined} onChange={(e) => setDueAt(e.target.value)} />
          <TextField id="callback-note" label={t('hotline.callbacks.note')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" className="button" disabled={schedule.isPending}>
            {t('hotline.callbacks.schedule')}
          </button>
        </form>
      )}
    </section>
  );
}

/** Flags on the caller's number and the earlier contacts from it. */
export function CallerPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const id = ticket.id ?? '';
  const history = useCallerHistory(id);
  const flag = useFlagCaller(id);
  const lift = useLiftFlag(id);
  const [kind, setKind] = useState<FlagKind | ''>('');
  const [note, setNote] = useState('');
  const hasPhone = !!ticket.caller?.phone;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kind) flag.mutate({ kind, note: note.trim() || undefined }, { onSuccess: () => { setKind(''); setNote(''); } });
  };
  const flags = ticket.callerFlags ?? [];
  return (
    <section className="ticket-section" aria-labelledby="ticket-caller">
      <h2 id="ticket-caller">{t('hotline.flags.title')}</h2>
      {!hasPhone ? (
        <p>{t('hotline.flags.noPhone')}</p>
      ) : (
        <>
          {flags.length === 0 ? (
            <p>{t('hotline.flags.empty')}</p>
          ) : (
            <ul className="caller-flags">
              {flags.map((f) => (
                <li key={f.id} data-flag={f.kind}>
                  <strong>{labels.flagKind(f.kind)}</strong> {t('hotline.flags.until', { date: labels.dateTime(f.expiresAt) })}
                  {f.note ? ` — ${f.note}` : ''}{' '}
                  <button type="button" className="button button--small" disabled={lift.isPending} onClick={() => lift.mutate(f.id ?? '')}>
                    {t('hotline.flags.lift')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {(flag.isError || lift.isError) && <ProblemAlert error={flag.error ?? lift.error} />}
          <form className="form form--inline" onSubmit={submit} noValidate>
            <SelectField id="flag-kind" label={t('hotline.flags.kind')} value={kind} onChange={(e) => setKind(e.target.value as FlagKind)}>
              <option value="">{t('common.none')}</option>
              {FLAG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {labels.flagKind(k)}
                </option>
              ))}
            </SelectField>
            <TextField id="flag-note" label={t('hotline.flags.note')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
            <button type="submit" className="button" disabled={!kind || flag.isPending}>
              {t('hotline.flags.add')}
            </button>
          </form>
          <h3>{t('hotline.callerHistory.title')}</h3>
          {history.isPending ? (
            <Loading />
          ) : history.isError ? (
            <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
          ) : (history.data.contacts ?? []).length === 0 ? (
            <p>{t('hotline.callerHistory.empty')}</p>
          ) : (
            <table className="table table--rows" role="table" aria-label={t('hotline.callerHistory.title')}>
              <tbody role="rowgroup">
                {(history.data.contacts ?? []).map((c) => (
                  <tr role="row" key={c.id}>
                    <Td label={t('hotline.list.number')}>
                      <Link to={`/hotline/tickets/${c.id}`}>{c.ticketNumber}</Link>
                    </Td>
                    <Td label={t('hotline.list.startedAt')}>{labels.dateTime(c.startedAt)}</Td>
                    <Td label={t('hotline.list.urgency')}>
                      <TicketUrgencyBadge urgency={c.urgency} />
                    </Td>
                    <Td label={t('hotline.list.status')}>
                      <TicketStatusBadge status={c.status} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
