import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Td } from '@/components/ui/table-cell';
import { useOrganizationName } from '@/lib/api/organizations';
import type { SupportDelivery } from '../api/get-supports';
import { useCaseLabels } from './use-case-labels';
import { useSupportLabels, type CasePerson } from './support-labels';

interface SupportDeliveriesProps {
  deliveries: SupportDelivery[];
  people: CasePerson[];
}

/** The supports delivered, newest first: what, to whom, by whom, when, how much, and any override. */
export function SupportDeliveries({ deliveries, people }: SupportDeliveriesProps) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const format = useCaseLabels();
  const organizationName = useOrganizationName();
  const none = t('common.none');
  if (deliveries.length === 0) return <EmptyState>{t('support.deliveries.empty')}</EmptyState>;
  const column = {
    type: t('support.deliveries.type'),
    person: t('support.deliveries.person'),
    provider: t('support.deliveries.provider'),
    period: t('support.deliveries.period'),
    quantity: t('support.deliveries.quantity'),
    amount: t('support.deliveries.amount'),
    note: t('support.deliveries.note'),
    recordedBy: t('support.deliveries.recordedBy'),
  };
  return (
    <table className="table" role="table" aria-label={t('support.deliveries.title')}>
      <thead role="rowgroup">
        <tr role="row">
          {Object.values(column).map((label) => (
            <th key={label} scope="col" role="columnheader">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {deliveries.map((delivery, index) => (
          <tr role="row" key={delivery.id ?? index}>
            <Td label={column.type}>
              {labels.type(delivery.type)}
              {delivery.overrideReason && (
                <span className="secondary">
                  <span className="badge badge--overdue">{t('support.deliveries.override')}</span>
                </span>
              )}
            </Td>
            <Td label={column.person}>{labels.person(people.find((p) => p.id === delivery.personId))}</Td>
            <Td label={column.provider}>{organizationName(delivery.providerOrganizationId) || none}</Td>
            <Td label={column.period}>
              {delivery.deliveredTo && delivery.deliveredTo !== delivery.deliveredFrom
                ? t('support.deliveries.periodRange', {
                    from: format.date(delivery.deliveredFrom),
                    to: format.date(delivery.deliveredTo),
                  })
                : format.date(delivery.deliveredFrom)}
            </Td>
            <Td label={column.quantity}>{delivery.quantity ?? none}</Td>
            <Td label={column.amount}>{labels.vnd(delivery.amountVnd) || none}</Td>
            <Td label={column.note}>
              {delivery.note ? <span className="prewrap">{delivery.note}</span> : !delivery.overrideReason && none}
              {delivery.overrideReason && (
                <span className="secondary">
                  {t('support.deliveries.override')}: {delivery.overrideReason}
                  {delivery.overrideByName && (
                    <> ({t('support.deliveries.overrideBy', { name: delivery.overrideByName })})</>
                  )}
                </span>
              )}
            </Td>
            <Td label={column.recordedBy}>
              {delivery.recordedByName || none}
              {delivery.createdAt && <span className="secondary">{format.dateTime(delivery.createdAt)}</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
