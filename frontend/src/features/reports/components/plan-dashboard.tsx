import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useFormat } from '@/i18n/use-format';
import { saveBlob } from '@/lib/files';
import { useListParams } from '@/lib/routing/use-list-params';
import { useCreatePlan, useDownloadProgress, usePlan, usePlanProgress, usePlans, useRemoveTarget, useSaveTarget } from '../api/plans';
import type { Plan, PlanProgress, PlanTarget, TargetProgress } from '../types';
import { TargetChart, TrendChart } from './charts';
import { DownloadButtons } from './download-buttons';
import { PlanDialog, TargetDialog } from './plan-dialogs';

const YEARS_BACK = 5;

/**
 * The plans dashboard for supervisors and analysts: a plan's targets against the actuals counted
 * now, as bars and as a table, one indicator's trend by month, and the same numbers as CSV or
 * XLSX. Year, plan and the indicator whose trend is shown are kept in the address.
 */
export function PlanDashboard() {
  const { t } = useTranslation();
  const list = useListParams();
  const thisYear = new Date().getFullYear();
  const year = Number(list.get('year')) || thisYear;
  const plans = usePlans(year);
  const items = plans.data?.items ?? [];
  const planId = list.get('plan') || items[0]?.id || '';
  const progress = usePlanProgress(planId);
  const plan = usePlan(planId);
  const download = useDownloadProgress();
  const createPlan = useCreatePlan();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader title={t('plans.title')} subtitle={t('plans.intro')}
        actions={plans.data?.actions?.includes('CREATE') && (
          <button type="button" className="button button--primary" onClick={() => { createPlan.reset(); setAdding(true); }}>
            {t('plans.newPlan')}
          </button>
        )} />
      {adding && (
        <PlanDialog year={year} pending={createPlan.isPending} error={createPlan.error} onClose={() => setAdding(false)}
          onSubmit={(body) => createPlan.mutate(body, { onSuccess: (created) => {
            setAdding(false);
            list.update({ year: created.year, plan: created.id, target: undefined });
          } })} />
      )}
      <form className="filters" aria-label={t('plans.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="plan-year" label={t('plans.year')} value={String(year)}
          onChange={(e) => list.update({ year: e.target.value, plan: undefined, target: undefined })}>
          {Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField id="plan-id" label={t('plans.plan')} value={planId} disabled={items.length === 0}
          onChange={(e) => list.update({ plan: e.target.value, target: undefined })}>
          {items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.reference ? `${p.reference} · ${p.title}` : p.title}
            </option>
          ))}
        </SelectField>
      </form>
      {plans.isPending ? (
        <Loading />
      ) : plans.isError ? (
        <ProblemAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>{t('plans.none', { year })}</EmptyState>
      ) : progress.isPending ? (
        <Loading label={t('plans.loading')} />
      ) : progress.isError ? (
        <ProblemAlert error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <DownloadButtons pending={download.isPending} error={download.error}
            onDownload={(format) => download.mutate({ planId, format }, { onSuccess: (blob) => saveBlob(blob, `plan-progress-${year}.${format}`) })} />
          <Progress progress={progress.data} plan={plan.data} selected={list.get('target')} onSelect={(id) => list.update({ target: id })} />
        </>
      )}
    </>
  );
}

function Progress({ progress, plan, selected, onSelect }: { progress: PlanProgress; plan?: Plan; selected: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const save = useSaveTarget();
  const remove = useRemoveTarget();
  const [editing, setEditing] = useState<PlanTarget | 'new' | null>(null);
  const [removing, setRemoving] = useState<PlanTarget | null>(null);
  const targetOf = (id: string | undefined) => plan?.targets?.find((x) => x.id === id);
  const planId = plan?.id ?? '';
  const addButton = plan?.actions?.includes('ADD_TARGET') && (
    <button type="button" className="button" onClick={() => { save.reset(); setEditing('new'); }}>
      {t('plans.addTarget')}
    </button>
  );
  const dialogs = (
    <>
      {editing && (
        <TargetDialog year={progress.year ?? new Date().getFullYear()} target={editing === 'new' ? undefined : editing} pending={save.isPending}
          error={save.error} onClose={() => setEditing(null)}
          onSubmit={(body) => save.mutate(
            { planId, targetId: editing === 'new' ? undefined : editing.id, version: editing === 'new' ? undefined : editing.version, body },
            { onSuccess: () => setEditing(null) })} />
      )}
      {removing && (
        <Dialog title={t('plans.removeTarget')} onClose={() => setRemoving(null)}>
          <p>{t('plans.confirmRemove')}</p>
          {remove.isError && <ProblemAlert error={remove.error} />}
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={remove.isPending}
              onClick={() => remove.mutate({ planId, targetId: removing.id ?? '', version: removing.version }, { onSuccess: () => setRemoving(null) })}>
              {t('common.delete')}
            </button>
            <button type="button" className="button" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
  const { locale } = useFormat();
  const items = progress.items ?? [];
  const number = (v: number | null | undefined) => (v == null ? '' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v));
  const name = (p: TargetProgress) => `${p.indicatorNameVi} · ${p.period?.label}${p.placeName ? ` · ${p.placeName}` : ''}`;
  const percent = items.filter((p) => p.unit === 'PERCENT');
  const chosen = items.find((p) => p.targetId === selected) ?? items[0];
  if (items.length === 0) return (
    <>
      <EmptyState action={addButton}>{t('plans.noTargets')}</EmptyState>
      {dialogs}
    </>
  );
  return (
    <>
      {progress.threshold != null && (
        <p className="alert alert--warning" role="note">
          {t('plans.protected', { threshold: progress.threshold })}
        </p>
      )}
      {percent.length > 0 && (
        <section aria-labelledby="plan-bars">
          <h2 id="plan-bars">{t('plans.bars')}</h2>
          <TargetChart unit="%" bars={percent.map((p) => ({ name: name(p), target: p.target ?? 0, actual: p.actual ?? null }))} />
        </section>
      )}
      <section aria-labelledby="plan-table">
        <h2 id="plan-table">{t('plans.targets')}</h2>
        {addButton}
        {dialogs}
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('plans.indicator')}</th>
                <th scope="col">{t('plans.period')}</th>
                <th scope="col">{t('plans.target')}</th>
                <th scope="col">{t('plans.actual')}</th>
                <th scope="col">{t('plans.achievement')}</th>
                <th scope="col">{t('plans.fraction')}</th>
                <th scope="col">{t('plans.trend')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => {
                const unit = p.unit === 'PERCENT' ? ' %' : '';
                return (
                  <tr key={p.targetId}>
                    <th scope="row">
                      {p.indicatorNameVi}
                      {p.placeName && <span className="muted"> · {p.placeName}</span>}
                    </th>
                    <td>{p.period?.label}</td>
                    <td>{number(p.target)}{unit}</td>
                    <td>{p.actual == null ? <em>{t(`plans.status.${p.status}` as 'plans.status.MEASURED')}</em> : `${number(p.actual)}${unit}`}</td>
                    <td>
                      {p.achievement != null && (
                        <>
                          <meter min={0} max={100} optimum={100} low={50} high={99.99} value={Math.min(100, p.achievement)} />{' '}
                          {number(p.achievement)} %
                        </>
                      )}
                    </td>
                    <td>{p.numerator != null && p.denominator != null ? `${number(p.numerator)} / ${number(p.denominator)}` : number(p.numerator)}</td>
                    <td>
                      <button type="button" className="button button--small" aria-pressed={chosen?.targetId === p.targetId}
                        onClick={() => onSelect(p.targetId ?? '')}>
                        {t('plans.showTrend')}
                      </button>{' '}
                      {targetOf(p.targetId)?.actions?.includes('UPDATE') && (
                        <button type="button" className="button button--small" aria-label={`${t('common.edit')}: ${p.indicatorNameVi} ${p.period?.label}`}
                          onClick={() => { save.reset(); setEditing(targetOf(p.targetId)!); }}>
                          {t('common.edit')}
                        </button>
                      )}{' '}
                      {targetOf(p.targetId)?.actions?.includes('REMOVE') && (
                        <button type="button" className="button button--small" aria-label={`${t('common.delete')}: ${p.indicatorNameVi} ${p.period?.label}`}
                          onClick={() => { remove.reset(); setRemoving(targetOf(p.targetId)!); }}>
                          {t('common.delete')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      {chosen && <Trend item={chosen} format={number} />}
    </>
  );
}

function Trend({ item, format }: { item: TargetProgress; format: (v: number | null | undefined) => string }) {
  const { t } = useTranslation();
  const points = (item.trend ?? []).map((p) => ({ month: p.month ?? '', value: p.value ?? null }));
  const unit = item.unit === 'PERCENT' ? '%' : '';
  return (
    <section aria-labelledby="plan-trend">
      <h2 id="plan-trend">{t('plans.trendOf', { name: item.indicatorNameVi, period: item.period?.label })}</h2>
      {points.length === 0 ? (
        <p className="muted">{t('plans.noTrend')}</p>
      ) : (
        <>
          <TrendChart points={points} target={item.target ?? 0} unit={unit} />
          <table className="table">
            <caption className="visually-hidden">{t('plans.trendLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.dimensions.month')}</th>
                <th scope="col">{t('plans.value')}</th>
                <th scope="col">{t('plans.fraction')}</th>
              </tr>
            </thead>
            <tbody>
              {(item.trend ?? []).map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.month}</th>
                  <td>{p.value == null ? <em>{t(`plans.status.${p.status}` as 'plans.status.MEASURED')}</em> : `${format(p.value)}${unit ? ' %' : ''}`}</td>
                  <td>{p.numerator != null && p.denominator != null ? `${format(p.numerator)} / ${format(p.denominator)}` : format(p.numerator)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
