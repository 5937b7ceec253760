import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Td } from '@/components/ui/table-cell';
import type { PersonEntitlement } from '../api/get-entitlements';
import { useSupportLabels, type CasePerson } from './support-labels';

interface SupportChecklistProps {
  entitlements: PersonEntitlement[];
  people: CasePerson[];
}

/** For each person of the case, the supports of Art. 37: allowed, or not and why; and what was delivered. */
export function SupportChecklist({ entitlements, people }: SupportChecklistProps) {
  const { t } = useTranslation();
  if (entitlements.length === 0) return <EmptyState>{t('support.entitlements.empty')}</EmptyState>;
  return (
    <>
      {entitlements.map((entitlement, index) => (
        <PersonChecklist
          key={entitlement.personId ?? index}
          entitlement={entitlement}
          person={people.find((p) => p.id === entitlement.personId)}
        />
      ))}
    </>
  );
}

function PersonChecklist({ entitlement, person }: { entitlement: PersonEntitlement; person: CasePerson | undefined }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const headingId = useId();
  const lines = entitlement.lines ?? [];
  const name = labels.person(person);
  const column = {
    support: t('support.entitlements.support'),
    entitlement: t('support.entitlements.entitlement'),
    delivered: t('support.entitlements.delivered'),
  };
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="muted">
        {t('support.entitlements.summary', { allowed: lines.filter((l) => l.allowed).length, total: lines.length })}
      </p>
      <table className="table" role="table" aria-labelledby={headingId}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{column.support}</th>
            <th scope="col" role="columnheader">{column.entitlement}</th>
            <th scope="col" role="columnheader">{column.delivered}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {lines.map((line, index) => (
            <tr role="row" key={line.type ?? index}>
              <Td label={column.support}>
                {labels.type(line.type)}
                {line.letter && <span className="secondary">{labels.letter(line.letter)}</span>}
              </Td>
              <Td label={column.entitlement}>
                {line.allowed ? (
                  <span className="badge badge--active">
                    <span aria-hidden="true">✓ </span>
                    {t('support.entitlements.allowed')}
                  </span>
                ) : (
                  <>
                    <span className="badge badge--withdrawn">
                      <span aria-hidden="true">✗ </span>
                      {t('support.entitlements.denied')}
                    </span>
                    {line.reason && <span className="secondary">{labels.reason(line.reason)}</span>}
                  </>
                )}
              </Td>
              <Td label={column.delivered}>
                {line.deliveries ? (
                  <>
                    {t('support.entitlements.deliveredCount', { count: line.deliveries })}
                    {!!line.amountVndDelivered && <span className="secondary">{labels.vnd(line.amountVndDelivered)}</span>}
                  </>
                ) : (
                  t('common.none')
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
