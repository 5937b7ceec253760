import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlaceField } from '@/components/ui/place-field';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { saveBlob } from '@/lib/files';
import { useListParams } from '@/lib/routing/use-list-params';
import { useDownloadReport, useExportStatus, useQueueExport, useReport, useReportCatalog } from '../api/reports';
import type { Report, ReportParams } from '../types';
import { CellChart } from './charts';
import { DownloadButtons } from './download-buttons';

const SLOTS = ['by1', 'by2', 'by3'] as const;

/**
 * Reports as tables: a report, its period, up to three dimensions, a place and zeros, all kept in
 * the address so that a view can be shared and reloaded; the same numbers download as CSV or XLSX.
 * Withheld cells (analysts: small counts and the cells that would reveal them) show as such.
 */
export function ReportExplorer() {
  const { t } = useTranslation();
  const list = useListParams();
  const catalog = useReportCatalog();
  const name = list.get('report');
  const groupBy = SLOTS.map((s) => list.get(s)).filter(Boolean);
  const params: ReportParams = {
    period: list.get('period') || undefined,
    groupBy: groupBy.length ? groupBy.join(',') : undefined,
    place: list.get('place') || undefined,
    zeros: list.get('zeros') === 'true' || undefined,
  };
  const report = useReport(name, params);
  const download = useDownloadReport();
  const [period, setPeriod] = useState(list.get('period'));
  const [place, setPlace] = useState(list.get('place'));
  const definition = catalog.data?.items?.find((d) => d.name === name);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    list.update({ period: period.trim(), place: place.trim() });
  };

  return (
    <>
      <PageHeader title={t('reports.title')} subtitle={t('reports.intro')} />
      {catalog.isError && <ProblemAlert error={catalog.error} onRetry={() => void catalog.refetch()} />}
      <form className="filters" onSubmit={apply} aria-label={t('reports.filters')}>
        <SelectField id="report-name" label={t('reports.report')} value={name}
          onChange={(e) => list.update({ report: e.target.value, by1: undefined, by2: undefined, by3: undefined })}>
          <option value="">{t('reports.choose')}</option>
          {(catalog.data?.items ?? []).map((d) => (
            <option key={d.name} value={d.name}>
              {t(`reports.names.${d.name}` as 'reports.names.cases-received', { defaultValue: d.title })}
            </option>
          ))}
        </SelectField>
        <TextField id="report-period" label={t('reports.period')} hint={t('reports.periodHint')} value={period}
          onChange={(e) => setPeriod(e.target.value)} />
        {SLOTS.map((slot, i) => (
          <SelectField key={slot} id={`report-${slot}`} label={t('reports.groupBy', { n: i + 1 })} value={list.get(slot)}
            disabled={!definition || (i > 0 && !list.get(SLOTS[i - 1]!))} onChange={(e) => list.update({ [slot]: e.target.value })}>
            <option value="">{t('reports.none')}</option>
            {(definition?.dimensions ?? []).map((d) => (
              <option key={d} value={d}>
                {t(`reports.dimensions.${d}` as 'reports.dimensions.sex', { defaultValue: d })}
              </option>
            ))}
          </SelectField>
        ))}
        {definition?.placeFilter && (
          <PlaceField id="report-place" label={t('reports.place')} hint={t('reports.placeHint')} value={place}
            provinceAllowed onChange={setPlace} />
        )}
        <CheckboxField id="report-zeros" label={t('reports.zeros')} checked={list.get('zeros') === 'true'}
          onChange={(e) => list.update({ zeros: e.target.checked ? 'true' : undefined })} />
        <div className="filters__submit">
          <button type="submit" className="button button--primary">
            {t('reports.show')}
          </button>
        </div>
      </form>
      {!name || !params.period ? (
        <p className="muted">{t('reports.start')}</p>
      ) : report.isPending ? (
        <Loading label={t('reports.loading')} />
      ) : report.isError ? (
        <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <DownloadButtons pending={download.isPending} error={download.error}
            onDownload={(format) => download.mutate({ name, params, format }, { onSuccess: (blob) => saveBlob(blob, `${name}-${params.period}.${format}`) })} />
          <BackgroundExport name={name} params={params} />
          <ReportTable report={report.data} />
        </>
      )}
    </>
  );
}

function ReportTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const dims = report.groupBy ?? [];
  const cells = report.cells ?? [];
  const label = (dim: string, code: string | undefined) => (code ? (report.labels?.[dim]?.[code] ?? code) : '');
  return (
    <section aria-labelledby="report-result">
      <h2 id="report-result">
        {report.title} · {report.period?.label}
      </h2>
      {report.suppression && (
        <p className="alert alert--warning" role="note">
          {t('reports.suppressed', {
            threshold: report.suppression.threshold,
            count: (report.suppression.primary ?? 0) + (report.suppression.complementary ?? 0),
          })}
        </p>
      )}
      {cells.length === 0 ? (
        <p className="empty-state">{t('reports.empty')}</p>
      ) : (
        <>
        {dims.length >= 1 && dims.length <= 2 && <ReportChart report={report} label={label} />}
        <table className="table">
          <thead>
            <tr>
              {dims.map((d) => (
                <th key={d} scope="col">
                  {t(`reports.dimensions.${d}` as 'reports.dimensions.sex', { defaultValue: d })}
                </th>
              ))}
              <th scope="col">{t('reports.count')}</th>
              {report.amountUnit && <th scope="col">{t('reports.amount', { unit: t(`reports.units.${report.amountUnit}`, { defaultValue: report.amountUnit }) })}</th>}
            </tr>
          </thead>
          <tbody>
            {cells.map((c, i) => (
              <tr key={i}>
                {dims.map((d) => (
                  <td key={d}>{label(d, c.key?.[d])}</td>
                ))}
                <td>{c.suppressed ? <em title={t('reports.withheldHint')}>{t('reports.withheld')}</em> : c.value}</td>
                {report.amountUnit && <td>{c.suppressed ? '' : (c.amount ?? '')}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={Math.max(dims.length, 1)}>
                {t('reports.total')}
              </th>
              <td>{report.total ?? t('reports.withheld')}</td>
              {report.amountUnit && <td>{report.totalAmount ?? ''}</td>}
            </tr>
          </tfoot>
        </table>
        </>
      )}
    </section>
  );
}

const MAX_BARS = 60;

/** The cells as bars (one or two dimensions, withheld cells left out); the table next to it holds the same numbers. */
function ReportChart({ report, label }: { report: Report; label: (dim: string, code: string | undefined) => string }) {
  const { t } = useTranslation();
  const [first, second] = report.groupBy ?? [];
  const rows = new Map<string, Record<string, string | number | null>>();
  const series = new Set<string>();
  for (const cell of report.cells ?? []) {
    const x = label(first!, cell.key?.[first!]);
    const s = second ? label(second, cell.key?.[second]) : t('reports.count');
    series.add(s);
    const row = rows.get(x) ?? { label: x };
    row[s] = cell.suppressed ? null : (cell.value ?? 0);
    rows.set(x, row);
  }
  if (rows.size > MAX_BARS) return null;
  return <CellChart rows={[...rows.values()]} series={[...series]} />;
}

/**
 * A large report made into a file in the background: queued, its progress shown, then a link that
 * works for a short while (the server says until when).
 */
function BackgroundExport({ name, params }: { name: string; params: ReportParams }) {
  const { t } = useTranslation();
  const queue = useQueueExport();
  const [exportId, setExportId] = useState<string>();
  const status = useExportStatus(exportId);
  const data = status.data;
  return (
    <div className="background-export">
      <button type="button" className="button button--small" disabled={queue.isPending || data?.status === 'QUEUED' || data?.status === 'RUNNING'}
        onClick={() => queue.mutate({ name, params, format: 'xlsx' }, { onSuccess: (job) => setExportId(job.id) })}>
        {t('reports.background')}
      </button>
      {queue.isError && <ProblemAlert error={queue.error} />}
      {status.isError && <ProblemAlert error={status.error} />}
      {data && (data.status === 'QUEUED' || data.status === 'RUNNING') && (
        <p role="status">
          <progress max={100} value={data.progress ?? 0} aria-label={t('reports.backgroundProgress')} /> {data.progress ?? 0} %
        </p>
      )}
      {data?.status === 'READY' && data.downloadUrl && (
        <p role="status">
          <a href={data.downloadUrl} download>
            {t('reports.backgroundReady')}
          </a>
        </p>
      )}
      {data?.status === 'FAILED' && <p className="alert alert--error" role="alert">{data.error}</p>}
      {data?.status === 'EXPIRED' && <p role="status">{t('reports.backgroundExpired')}</p>}
    </div>
  );
}
