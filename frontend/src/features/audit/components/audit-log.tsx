import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useOrganizationName } from '@/lib/api/organizations';
import { useHasRole } from '@/lib/auth/get-me';
import { useListParams } from '@/lib/routing/use-list-params';
import { useAuditEvents } from '../api/get-audit-events';
import { useVerifyAuditChain } from '../api/verify-audit-chain';
import type { AuditVerification } from '../types';

const FILTERS = ['recordType', 'recordId', 'actor', 'action', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
/** Record types the backend writes today; the field takes any other. */
const RECORD_TYPES = ['CASE', 'PERSON', 'CONSENT', 'NOTE', 'ORGANIZATION', 'SERVICE'];

/** A datetime-local value as an ISO date-time with the device's offset. */
function toIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** `fieldGroups` as the API writes it: a comma-separated text (or a list, should it become one). */
function fieldGroupCodes(value: string | readonly string[] | null | undefined): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : String(value).split(','))
    .map((code: string) => code.trim())
    .filter(Boolean);
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

/**
 * Who read or changed which sensitive record, when and why: filters in the address, a paged
 * table, and a check of the hash chain that detects a changed or deleted event.
 */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const organizationName = useOrganizationName();
  const canOpenCases = useHasRole('supervisor');
  const raw = t as unknown as (key: string) => string;
  /** The field groups in the reader's language where the UI knows them (IDENTITY, HEALTH…). */
  const fieldGroups = (value: string | readonly string[] | null | undefined) =>
    fieldGroupCodes(value)
      .map((code) => (i18n.exists(`enums.fieldGroup.${code}`) ? raw(`enums.fieldGroup.${code}`) : code))
      .join(', ');
  const list = useListParams();
  const applied = Object.fromEntries(FILTERS.map((f) => [f, list.get(f)])) as Record<Filter, string>;
  const [draft, setDraft] = useState(applied);
  const appliedKey = FILTERS.map((f) => applied[f]).join('|');
  // The filters follow the address (back, forward); keyed on their values, not the object.
  useEffect(() => setDraft(applied), [appliedKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const query = useAuditEvents({
    recordType: applied.recordType,
    recordId: applied.recordId,
    actor: applied.actor,
    action: applied.action,
    from: toIso(applied.from),
    to: toIso(applied.to),
    page: list.page,
    size: list.size,
  });
  const verify = useVerifyAuditChain();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    list.update(Object.fromEntries(FILTERS.map((f) => [f, draft[f].trim()])));
  };
  const input = (filter: Filter, type = 'text', extra: { list?: string } = {}) => (
    <div className="field">
      <label className="field__label" htmlFor={`audit-${filter}`}>
        {t(`audit.${filter}`)}
      </label>
      <input
        id={`audit-${filter}`}
        type={type}
        value={draft[filter]}
        onChange={(event) => setDraft((d) => ({ ...d, [filter]: event.target.value }))}
        {...extra}
      />
    </div>
  );

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
        {input('recordType', 'text', { list: 'audit-record-types' })}
        <datalist id="audit-record-types">
          {RECORD_TYPES.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
        {input('recordId')}
        {input('actor')}
        {input('action')}
        {input('from', 'datetime-local')}
        {input('to', 'datetime-local')}
        <div className="filters__submit">
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </div>
      </form>

      <QueryResults query={query} list={list} empty={t('audit.empty')}>
        {(items) => (
          <table className="table" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">#</th>
                <th scope="col" role="columnheader">{t('audit.occurredAt')}</th>
                <th scope="col" role="columnheader">{t('audit.actor')}</th>
                <th scope="col" role="columnheader">{t('audit.organization')}</th>
                <th scope="col" role="columnheader">{t('audit.action')}</th>
                <th scope="col" role="columnheader">{t('audit.record')}</th>
                <th scope="col" role="columnheader">{t('audit.fieldGroups')}</th>
                <th scope="col" role="columnheader">{t('audit.reason')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {items.map((event, index) => (
                <tr role="row" key={event.id ?? index}>
                  <Td label="#">{event.id}</Td>
                  <Td label={t('audit.occurredAt')}>
                    <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                  </Td>
                  <Td label={t('audit.actor')}>{event.actorUsername}</Td>
                  <Td label={t('audit.organization')}>{organizationName(event.organizationId) || t('common.none')}</Td>
                  <Td label={t('audit.action')}>
                    <code>{event.action}</code>
                  </Td>
                  <Td label={t('audit.record')}>
                    <code>{event.recordType}</code>{' '}
                    {canOpenCases && event.recordType === 'CASE' && event.recordId ? (
                      <Link to={`/cases/${event.recordId}`}>{event.recordId}</Link>
                    ) : (
                      <span className="secondary-inline">{event.recordId}</span>
                    )}
                  </Td>
                  <Td label={t('audit.fieldGroups')}>{fieldGroups(event.fieldGroups) || t('common.none')}</Td>
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
