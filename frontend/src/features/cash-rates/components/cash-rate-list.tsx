import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useHasRole } from '@/lib/auth/get-me';
import { oneOf } from '@/lib/enums';
import { useListParams } from '@/lib/routing/use-list-params';
import { useCreateCashRate } from '../api/create-cash-rate';
import { useCashRates } from '../api/get-cash-rates';
import { useUpdateCashRate } from '../api/update-cash-rate';
import { SUPPORT_TYPES } from '../enums';
import { CASH_RATE_ADMIN_ROLES } from '../roles';
import type { CashRate } from '../types';
import { CashRateDialog } from './cash-rate-dialog';
import { ProvinceField } from './province-field';
import { useCashRateLabels } from './use-cash-rate-labels';

/**
 * The provinces' cash rates, filtered by province, support and the day they are in force (in the
 * address). Everyone who records supports reads them; the admin adds and edits them.
 */
export function CashRateList() {
  const { t } = useTranslation();
  const labels = useCashRateLabels();
  const admin = useHasRole(...CASH_RATE_ADMIN_ROLES);
  const list = useListParams();
  const provinceCode = list.get('provinceCode');
  const supportType = oneOf(SUPPORT_TYPES, list.get('supportType'));
  const on = list.get('on');
  const query = useCashRates({ provinceCode, supportType, on });
  const create = useCreateCashRate();
  const update = useUpdateCashRate();
  /** `new`, the id of the rate being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editedRate = editing && editing !== 'new' ? query.data?.find((r) => r.id === editing) : undefined;

  const open = (target: string) => {
    setNotice(null);
    create.reset();
    update.reset();
    setEditing(target);
  };
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const column = {
    province: t('support.cashRates.fields.provinceCode'),
    type: t('support.cashRates.fields.supportType'),
    amount: t('support.cashRates.fields.amountVnd'),
    period: t('support.cashRates.fields.period'),
    legalBasis: t('support.cashRates.fields.legalBasis'),
    actions: t('support.cashRates.edit'),
  };
  const period = (rate: CashRate) =>
    `${labels.date(rate.effectiveFrom)} – ${rate.effectiveTo ? labels.date(rate.effectiveTo) : t('support.cashRates.openEnded')}`;

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('support.cashRates.title')}
        subtitle={t('support.cashRates.intro')}
        actions={
          admin && (
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => open('new')}>
              {t('support.cashRates.new')}
            </button>
          )
        }
      />
      <div className="filters" role="search" aria-label={t('common.filters')}>
        <ProvinceField
          id="cash-rates-province"
          label={t('support.cashRates.fields.provinceCode')}
          emptyLabel={t('common.all')}
          value={provinceCode}
          onChange={(code) => list.update({ provinceCode: code })}
        />
        <SelectField
          id="cash-rates-type"
          label={t('support.cashRates.fields.supportType')}
          value={supportType ?? ''}
          onChange={(event) => list.update({ supportType: event.target.value })}
        >
          <option value="">{t('common.all')}</option>
          {SUPPORT_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.type(type)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="cash-rates-on"
          label={t('support.cashRates.on')}
          type="date"
          value={on}
          onChange={(event) => list.update({ on: event.target.value })}
        />
      </div>

      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('support.cashRates.empty')}</EmptyState>
      ) : (
        <div aria-busy={query.isFetching}>
          <p className="list-total" aria-live="polite">
            {t('common.total', { count: query.data.length })}
          </p>
          <table className="table" role="table" aria-label={t('support.cashRates.title')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{column.province}</th>
                <th scope="col" role="columnheader">{column.type}</th>
                <th scope="col" role="columnheader">{column.amount}</th>
                <th scope="col" role="columnheader">{column.period}</th>
                <th scope="col" role="columnheader">{column.legalBasis}</th>
                {admin && (
                  <th scope="col" role="columnheader">
                    <span className="visually-hidden">{column.actions}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {query.data.map((rate, index) => {
                const type = labels.type(rate.supportType);
                const province = labels.province(rate.provinceCode);
                return (
                  <tr role="row" key={rate.id ?? index}>
                    <Td label={column.province}>{province}</Td>
                    <Td label={column.type}>{type}</Td>
                    <Td label={column.amount}>
                      {labels.vnd(rate.amountVnd)}
                      <span className="secondary">{labels.unit(rate.unit)}</span>
                    </Td>
                    <Td label={column.period}>{period(rate)}</Td>
                    <Td label={column.legalBasis}>{rate.legalBasis || t('common.none')}</Td>
                    {admin && (
                      <Td label={column.actions}>
                        {rate.id && (
                          <button
                            type="button"
                            className="button button--small"
                            aria-haspopup="dialog"
                            aria-label={t('support.cashRates.editLabel', { type, province })}
                            onClick={() => open(rate.id!)}
                          >
                            {t('support.cashRates.edit')}
                          </button>
                        )}
                      </Td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {editing === 'new' && (
        <CashRateDialog
          pending={create.isPending}
          error={create.error}
          onClose={() => setEditing(null)}
          onSubmit={(body) => create.mutate(body, { onSuccess: () => done(t('support.cashRates.created')) })}
        />
      )}
      {editedRate?.id && (
        <CashRateDialog
          rate={editedRate}
          pending={update.isPending}
          error={update.error}
          onClose={() => setEditing(null)}
          onReload={() => {
            update.reset();
            void query.refetch();
          }}
          onSubmit={(body) =>
            update.mutate(
              { id: editedRate.id!, version: editedRate.version ?? 0, body },
              { onSuccess: () => done(t('support.cashRates.saved')) },
            )
          }
        />
      )}
    </>
  );
}
