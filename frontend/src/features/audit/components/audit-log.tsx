import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useOrganizationName } from '@/lib/api/organizations';
import { useHasRole } from '@/lib/auth/get-me';
import { useListParams } from '@/lib/routing/use-list-params';
import { useAuditCaseSearch, useAuditStaff } from '../api/get-audit-pickers';
import { useAuditEvents } from '../api/get-audit-events';
import { useVerifyAuditChain } from '../api/verify-audit-chain';
import type { AuditVerification } from '../types';
import { AuditSentence } from './audit-sentence';

/** The filters, as they stand in the address: the record's type and id, the actor's user name, the action, the days. */
const FILTERS = ['recordType', 'recordId', 'recordLabel', 'actor', 'action', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
type Draft = Record<Filter, string>;

/** A day (yyyy-MM-dd) as the instant it starts on this device, or the next day's start for an end. */
function dayToIso(day: string, end = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y!, m! - 1, d! + (end ? 1 : 0));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function VerificationResult({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  const count = result.checked ?? 0;
  if (result.valid) {
    return (
      <p className="alert alert--success" role="status">
        {t('audit.valid', { count })}
      </p>
    );
  }
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">
        {result.firstBrokenEventId !== null && result.firstBrokenEventId !== undefined
          ? t('audit.broken', { id: result.firstBrokenEventId, count })
          : t('audit.brokenUnknown', { count })}
      </p>
    </div>
  );
}

/** The case to filter by, found by its number or its person's name (supervisors, who may search cases). */
function CasePicker({ draft, onPick }: { draft: Draft; onPick: (id: string, label: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useAuditCaseSearch(q);
  return (
    <fieldset className="field audit-case-picker">
      <legend className="field__label">{t('audit.caseFilter')}</legend>
      {draft.recordId && draft.recordType === 'CASE' ? (
        <p>
          {t('audit.caseChosen', { label: draft.recordLabel || draft.recordId })}{' '}
          <button type="button" className="button button--small" onClick={() => onPick('', '')}>
            {t('audit.caseClear')}
          </button>
        </p>
      ) : (
        <>
          <label htmlFor="audit-case-q">{t('audit.caseSearch')}</label>
          <input id="audit-case-q" type="search" value={q} autoComplete="off" onChange={(event) => setQ(event.target.value)} />
          {found.isFetching && <p role="status">{t('app.loading')}</p>}
          {found.error && <ProblemAlert error={found.error} />}
          {found.data && found.data.length === 0 && <p className="muted">{t('audit.caseNone')}</p>}
          {found.data && found.data.length > 0 && (
            <ul className="plain-list">
              {found.data.map((c) => (
                <li key={c.id}>
                  <button type="button" className="button button--small" onClick={() => onPick(c.id!, c.caseNumber ?? '')}>
                    {c.caseNumber} — {c.personName}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}

/**
 * Who read or changed which sensitive record, when and why, in sentences: filters as pickers
 * (action, staff member, case, days) kept in the address, a paged list, and a check of the hash
 * chain that detects a changed or deleted event.
 */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const organizationName = useOrganizationName();
  const supervisor = useHasRole('supervisor');
  const staff = useAuditStaff(supervisor);
  const list = useListParams();
  const applied = Object.fromEntries(FILTERS.map((f) => [f, list.get(f)])) as Draft;
  const [draft, setDraft] = useState(applied);
  const appliedKey = FILTERS.map((f) => applied[f]).join('|');
  // The filters follow the address (back, forward); keyed on their values, not the object.
  useEffect(() => setDraft(applied), [appliedKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const query = useAuditEvents({
    recordType: applied.recordType,
    recordId: applied.recordId,
    actor: applied.actor,
    action: applied.action as never,
    from: dayToIso(applied.from),
    to: dayToIso(applied.to, true),
    page: list.page,
    size: list.size,
  });
  const verify = useVerifyAuditChain();
  const raw = t as unknown as (key: string) => string;
  const actions = useMemo(() => {
    const words = (i18n.getResourceBundle(i18n.resolvedLanguage ?? 'vi', 'translation') as { audit?: { actions?: Record<string, string> } })
      ?.audit?.actions ?? {};
    const collator = new Intl.Collator(i18n.resolvedLanguage ?? 'vi');
    return Object.entries(words).sort(([, a], [, b]) => collator.compare(a, b));
  }, [i18n, i18n.resolvedLanguage]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    list.update(Object.fromEntries(FILTERS.map((f) => [f, draft[f].trim()])));
  };
  const set = (filter: Filter, value: string) => setDraft((d) => ({ ...d, [filter]: value }));

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        actions={
          <button type="button" className="button" disabled={verify.isPending} onClick={() => verify.mutate()}>
            {t('audit.verify')}
          </button>
        }
      />
      <div aria-live="polite">
        {verify.isPending && <Loading label={t('audit.verifying')} />}
        {verify.isSuccess && <VerificationResult result={verify.data} />}
      </div>
      {verify.isError && <ProblemAlert error={verify.error} onRetry={() => verify.mutate()} />}

      <form className="filters" role="search" onSubmit={submit} aria-label={t('common.filters')}>
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            {t('audit.action')}
          </label>
          <select id="audit-action" value={draft.action} onChange={(event) => set('action', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {actions.map(([code, words]) => (
              <option key={code} value={code}>
                {words}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-actor">
            {t('audit.actor')}
          </label>
          {supervisor && staff.data ? (
            <select id="audit-actor" value={draft.actor} onChange={(event) => set('actor', event.target.value)}>
              <option value="">{t('common.all')}</option>
              {[...staff.data]
                .sort((a, b) => new Intl.Collator('vi').compare(a.name ?? '', b.name ?? ''))
                .map((member) => (
                  <option key={member.subject} value={member.username}>
                    {member.name || member.username}
                  </option>
                ))}
            </select>
          ) : (
            <input id="audit-actor" value={draft.actor} onChange={(event) => set('actor', event.target.value)} />
          )}
          {!supervisor && <p className="field__hint">{t('audit.actorHint')}</p>}
        </div>
        {supervisor && (
          <CasePicker
            draft={draft}
            onPick={(id, label) => setDraft((d) => ({ ...d, recordType: id ? 'CASE' : '', recordId: id, recordLabel: label }))}
          />
        )}
        <TextField id="audit-from" label={t('audit.from')} type="date" value={draft.from} onChange={(event) => set('from', event.target.value)} />
        <TextField id="audit-to" label={t('audit.to')} type="date" value={draft.to} onChange={(event) => set('to', event.target.value)} />
        <div className="filters__submit">
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </div>
      </form>

      <QueryResults query={query} list={list} empty={t('audit.empty')}>
        {(items) => (
          <table className="table table--rows" role="table" aria-label={t('audit.title')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('audit.occurredAt')}</th>
                <th scope="col" role="columnheader">{t('audit.what')}</th>
                <th scope="col" role="columnheader">{t('audit.organization')}</th>
                <th scope="col" role="columnheader">{t('audit.reason')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {items.map((event, index) => (
                <tr role="row" key={event.id ?? index}>
                  <Td label={t('audit.occurredAt')}>
                    <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                  </Td>
                  <Td label={t('audit.what')}>
                    <AuditSentence event={event} linkCases={supervisor} />
                  </Td>
                  <Td label={t('audit.organization')}>{organizationName(event.organizationId) || raw('common.none')}</Td>
                  <Td label={t('audit.reason')}>{event.reason || t('common.none')}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryResults>
    </>
  );
}
