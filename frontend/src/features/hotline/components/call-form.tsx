import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChoiceGroup, SelectField, TextAreaField, TextField, CheckboxField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { CountryField } from '@/components/ui/country-field';
import { PlaceField } from '@/components/ui/place-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useApiClient } from '@/lib/api/api-client-context';
import { isApiProblem } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/get-me';
import { useCallerLookup } from '../api/caller';
import { useCategories, useLines } from '../api/get-reference';
import { hotlineKeys } from '../api/query-keys';
import { createTicket, updateTicket } from '../api/save-ticket';
import { AutosaveQueue, type SaveState } from '../autosave';
import { ACTIONS, CALLER_RELATIONS, CHANNELS, DIRECTIONS, SEXES, URGENCIES } from '../enums';
import { callTime, shortcutOf, toggle } from '../shortcuts';
import type { Ticket, Versioned } from '../types';
import { emptyCall, fieldOfPath, toTicketRequest, valuesOf, type CallValues } from './call-values';
import { useHotlineLabels } from './use-hotline-labels';

const AUTOSAVE_AFTER_MS = 1500;

function randomKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The ticket saved so far: its id, the ETag to send next and its number. */
interface Saved {
  id: string;
  etag: string;
  number: string;
}

/**
 * Logging a contact while the call goes on: one screen, usable with the keyboard alone (see the
 * shortcuts line), a running call timer, and every change saved to the server a moment after it
 * is typed — the first save creates the ticket, later ones update it — so nothing is lost if the
 * operator is cut off. Ctrl+Enter saves and opens the ticket.
 */
export function CallForm({ ticket }: { ticket?: Versioned<Ticket> }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const navigate = useNavigate();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const lines = useLines();
  const categories = useCategories();
  const me = useMe();
  const ownOrganization = me.data?.organization?.id;
  // The lines in service, the operator's own organization's first: its line is a new call's default.
  const activeLines = useMemo(
    () =>
      (lines.data ?? [])
        .filter((l) => l.active !== false)
        .sort((a, b) => Number(b.organizationId === ownOrganization) - Number(a.organizationId === ownOrganization)),
    [lines.data, ownOrganization],
  );

  const [values, setValues] = useState<CallValues>(() => (ticket ? valuesOf(ticket.data) : emptyCall()));
  const [startedAt] = useState(() => (ticket?.data.startedAt ? new Date(ticket.data.startedAt) : new Date()));
  const [endedAt, setEndedAt] = useState<Date | null>(() => (ticket?.data.endedAt ? new Date(ticket.data.endedAt) : null));
  const [now, setNow] = useState(() => new Date());
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [touched, setTouched] = useState(false);
  const [phone, setPhone] = useState(values.callerPhone);
  const saved = useRef<Saved | null>(ticket ? { id: ticket.data.id ?? '', etag: ticket.etag, number: ticket.data.ticketNumber ?? '' } : null);
  const idempotencyKey = useRef(randomKey());
  const latest = useRef({ values, endedAt });
  latest.current = { values, endedAt };

  // The operator's own line is the default of a new call (once who they are is known).
  useEffect(() => {
    if (!values.lineId && !me.isPending && activeLines[0]?.id) setValues((v) => ({ ...v, lineId: activeLines[0]!.id! }));
  }, [activeLines, values.lineId, me.isPending]);

  // A new call starts with the focus on its first field, ready for the keyboard, once that is there.
  const focused = useRef(false);
  useEffect(() => {
    const first = document.getElementById('call-lineId');
    if (!ticket && !focused.current && first) {
      first.focus();
      focused.current = true;
    }
  });

  // The call timer: a tick a second until the call ends.
  useEffect(() => {
    if (endedAt) return;
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, [endedAt]);

  const queue = useMemo(
    () =>
      new AutosaveQueue<{ values: CallValues; endedAt: Date | null }>(async ({ values: v, endedAt: end }) => {
        const body = toTicketRequest(v, startedAt, end);
        const answer = saved.current
          ? await updateTicket(client, saved.current.id, saved.current.etag, body)
          : await createTicket(client, body, idempotencyKey.current);
        saved.current = { id: answer.data.id ?? '', etag: answer.etag, number: answer.data.ticketNumber ?? '' };
        queryClient.setQueryData(hotlineKeys.detail(saved.current.id), answer);
      }, setSaveState),
    [client, queryClient, startedAt],
  );

  // Autosave a moment after the last change; an emergency is saved at once.
  useEffect(() => {
    if (!touched || !values.lineId) return;
    const delay = values.urgency === 'EMERGENCY' && !saved.current ? 0 : AUTOSAVE_AFTER_MS;
    const timer = setTimeout(() => void queue.request({ values, endedAt }), delay);
    return () => clearTimeout(timer);
  }, [touched, values, endedAt, queue]);

  // The number is looked up once the operator stops typing it.
  useEffect(() => {
    const timer = setTimeout(() => setPhone(values.anonymous ? '' : values.callerPhone), 500);
    return () => clearTimeout(timer);
  }, [values.callerPhone, values.anonymous]);
  const lookup = useCallerLookup(phone);

  const change = (update: (v: CallValues) => CallValues) => {
    setTouched(true);
    setValues(update);
  };
  const set = <K extends keyof CallValues>(key: K, value: CallValues[K]) => change((v) => ({ ...v, [key]: value }));

  const endCall = () => {
    if (endedAt) return;
    setTouched(true);
    setEndedAt(new Date());
  };

  const saveAndOpen = async () => {
    setTouched(true);
    await queue.request(latest.current);
    if (saved.current && !queue.failed) navigate(`/hotline/tickets/${saved.current.id}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const shortcut = shortcutOf(event, categories.data ?? []);
    if (!shortcut) return;
    event.preventDefault();
    switch (shortcut.kind) {
      case 'urgency':
        set('urgency', shortcut.urgency);
        break;
      case 'category':
        change((v) => ({ ...v, categories: toggle(v.categories, shortcut.code) }));
        break;
      case 'endCall':
        endCall();
        break;
      case 'save':
        void saveAndOpen();
        break;
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveAndOpen();
  };

  const problem = saveState.kind === 'failed' ? saveState.error : null;
  const errors: Partial<Record<keyof CallValues, string[]>> = {};
  if (isApiProblem(problem)) {
    for (const e of problem.errors) {
      const field = fieldOfPath(e.field);
      if (field) (errors[field] ??= []).push(e.message);
    }
  }
  const unplaced = isApiProblem(problem) && problem.errors.length > 0 && Object.keys(errors).length > 0 ? null : problem;

  if (lines.isPending || categories.isPending) return <Loading label={t('hotline.form.loadingReference')} />;
  if (lines.isError) return <ProblemAlert error={lines.error} onRetry={() => void lines.refetch()} />;
  if (categories.isError) return <ProblemAlert error={categories.error} onRetry={() => void categories.refetch()} />;
  if (activeLines.length === 0 && !ticket) return <Notice>{t('hotline.form.noLines')}</Notice>;

  const elapsed = ((endedAt ?? now).getTime() - startedAt.getTime()) / 1000;
  const number = saved.current?.number;
  const history = lookup.data;

  return (
    <>
      <PageHeader
        title={ticket ? t('hotline.form.titleEdit', { number: ticket.data.ticketNumber }) : t('hotline.form.titleNew')}
        actions={
          <div className="call-timer" aria-label={t('hotline.form.timer')}>
            <span className="call-timer__time" role="timer" aria-live="off">
              {callTime(elapsed)}
            </span>
            {endedAt ? (
              <span className="call-timer__ended">{t('hotline.form.ended', { time: labels.time(endedAt.toISOString()) })}</span>
            ) : (
              <button type="button" className="button button--small" onClick={endCall}>
                {t('hotline.form.endCall')}
              </button>
            )}
          </div>
        }
      />
      <p className="field__hint" id="call-shortcuts">
        {t('hotline.form.shortcuts')}
      </p>
      <p className="call-save-state" role="status" aria-live="polite" data-save-state={saveState.kind}>
        {saveState.kind === 'saving' && t('hotline.form.saving')}
        {saveState.kind === 'saved' && t('hotline.form.savedAt', { time: labels.time(saveState.at.toISOString()), number })}
        {saveState.kind === 'failed' && t('hotline.form.saveFailed')}
        {saveState.kind === 'idle' && (number ? t('hotline.form.openTicket', { number }) : t('hotline.form.notSaved'))}
      </p>
      {unplaced && <ProblemAlert error={unplaced} />}
      <form className="form call-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-describedby="call-shortcuts">
        <div className="call-form__grid">
          <section className="call-form__section" aria-labelledby="call-line">
            <h2 id="call-line" className="visually-hidden">
              {t('hotline.form.line')}
            </h2>
            <SelectField id="call-lineId" label={t('hotline.form.line')} value={values.lineId} errors={errors.lineId}
              onChange={(e) => set('lineId', e.target.value)} required>
              {(ticket ? lines.data ?? [] : activeLines).map((line) => (
                <option key={line.id} value={line.id}>
                  {line.number} — {labels.lineName(line)}
                </option>
              ))}
            </SelectField>
            <SelectField id="call-channel" label={t('hotline.form.channel')} value={values.channel}
              onChange={(e) => set('channel', e.target.value as CallValues['channel'])}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {labels.channel(c)}
                </option>
              ))}
            </SelectField>
            <SelectField id="call-direction" label={t('hotline.form.direction')} value={values.direction}
              onChange={(e) => set('direction', e.target.value as CallValues['direction'])}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {labels.direction(d)}
                </option>
              ))}
            </SelectField>
          </section>

          <fieldset className="call-form__section">
            <legend>{t('hotline.form.caller')}</legend>
            <CheckboxField id="call-anonymous" label={t('hotline.form.callerAnonymous')} checked={values.anonymous}
              onChange={(e) => set('anonymous', e.target.checked)} />
            <TextField id="call-callerName" label={t('hotline.form.callerName')} value={values.callerName} disabled={values.anonymous}
              errors={errors.callerName} onChange={(e) => set('callerName', e.target.value)} autoComplete="off" />
            <TextField id="call-callerPhone" label={t('hotline.form.callerPhone')} value={values.callerPhone} disabled={values.anonymous}
              errors={errors.callerPhone} onChange={(e) => set('callerPhone', e.target.value)} inputMode="tel" autoComplete="off" />
            {history && (
              <div className={history.flags?.length ? 'alert alert--warning caller-lookup' : 'caller-lookup'} role="status">
                <p>{history.total ? t('hotline.form.previousContacts', { count: history.total }) : t('hotline.form.firstContact')}</p>
                {!!history.flags?.length && (
                  <ul className="caller-flags" aria-label={t('hotline.form.flags')}>
                    {history.flags.map((flag) => (
                      <li key={flag.id} data-flag={flag.kind}>
                        <strong>{labels.flagKind(flag.kind)}</strong>
                        {flag.note ? ` — ${flag.note}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <SelectField id="call-callerRelation" label={t('hotline.form.callerRelation')} value={values.callerRelation}
              onChange={(e) => set('callerRelation', e.target.value as CallValues['callerRelation'])}>
              <option value="">{t('common.none')}</option>
              {CALLER_RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {labels.relation(r)}
                </option>
              ))}
            </SelectField>
            <PlaceField id="call-callerPlace" label={t('hotline.form.callerPlace')} value={values.callerPlace} errors={errors.callerPlace}
              provinceAllowed onChange={(code) => set('callerPlace', code)} />
          </fieldset>

          <fieldset className="call-form__section">
            <legend>{t('hotline.form.concerned')}</legend>
            <TextField id="call-concernedName" label={t('hotline.form.concernedName')} value={values.concernedName}
              errors={errors.concernedName} onChange={(e) => set('concernedName', e.target.value)} autoComplete="off" />
            <SelectField id="call-concernedSex" label={t('hotline.form.concernedSex')} value={values.concernedSex}
              onChange={(e) => set('concernedSex', e.target.value as CallValues['concernedSex'])}>
              <option value="">{t('common.none')}</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {labels.sex(s)}
                </option>
              ))}
            </SelectField>
            <TextField id="call-concernedAge" label={t('hotline.form.concernedAge')} value={values.concernedAge} inputMode="numeric"
              errors={errors.concernedAge} onChange={(e) => set('concernedAge', e.target.value.replace(/\D/g, '').slice(0, 3))} />
            <PlaceField id="call-concernedPlace" label={t('hotline.form.concernedPlace')} value={values.concernedPlace}
              errors={errors.concernedPlace} provinceAllowed onChange={(code) => set('concernedPlace', code)} />
            <CountryField id="call-concernedCountry" label={t('hotline.form.concernedCountry')} value={values.concernedCountry}
              errors={errors.concernedCountry} onChange={(code) => set('concernedCountry', code)} />
          </fieldset>

          <div className="call-form__section">
            <ChoiceGroup
              id="call-urgency"
              legend={t('hotline.form.urgency')}
              type="radio"
              options={URGENCIES.map((u) => ({ value: u, label: labels.urgency(u) }))}
              value={[values.urgency]}
              onChange={(next) => next[0] && set('urgency', next[0])}
              errors={errors.urgency}
            />
            <ChoiceGroup
              id="call-categories"
              legend={t('hotline.form.categories')}
              type="checkbox"
              options={(categories.data ?? [])
                .filter((c) => c.active !== false || values.categories.includes(c.code ?? ''))
                .map((c) => ({ value: c.code ?? '', label: `${c.shortcut ? `[${c.shortcut}] ` : ''}${labels.category(c.code, categories.data)}` }))}
              value={values.categories}
              onChange={(next) => set('categories', next)}
              errors={errors.categories}
            />
          </div>
          <div className="call-form__section">
            <TextAreaField id="call-summary" label={t('hotline.form.summary')} value={values.summary} rows={6} errors={errors.summary}
              onChange={(e) => set('summary', e.target.value)} />
            <ChoiceGroup
              id="call-actions"
              legend={t('hotline.form.actions')}
              type="checkbox"
              options={ACTIONS.filter((a) => a !== 'INTAKE_OPENED').map((a) => ({ value: a, label: labels.action(a) }))}
              value={values.actions}
              onChange={(next) => set('actions', next)}
            />
          </div>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saveState.kind === 'saving' && !touched}>
            {t('hotline.form.save')}
          </button>
          {number && saved.current && (
            <Link className="button" to={`/hotline/tickets/${saved.current.id}`}>
              {t('hotline.form.openTicket', { number })}
            </Link>
          )}
        </div>
      </form>
    </>
  );
}
