import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useOrganizationName } from '@/lib/api/organizations';
import { useConsents } from '../api/get-consents';
import type { CaseView, Consent } from '../types';
import { ConsentDialog } from './consent-dialog';
import { useCaseLabels } from './use-case-labels';
import { WithdrawConsentDialog } from './withdraw-consent-dialog';

/** The consent ledger of the case: record a consent, see which are active, withdraw one. */
export function CaseConsents({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const organizationName = useOrganizationName();
  const caseId = caseView.id ?? '';
  const query = useConsents(caseId);
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const none = t('common.none');
  const people = new Map(
    [caseView.person, ...(caseView.accompanyingChildren ?? [])].flatMap((p) => (p?.id ? [[p.id, p.fullName ?? '']] : [])),
  );

  return (
    <>
      <div className="section-header">
        <h2>{t('cases.page.consents')}</h2>
        <button
          type="button"
          className="button button--primary"
          aria-haspopup="dialog"
          onClick={() => {
            setNotice(null);
            setRecording(true);
          }}
        >
          {t('cases.consents.record')}
        </button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('cases.consents.empty')}</EmptyState>
      ) : (
        <table className="table" role="table" aria-label={t('cases.page.consents')}>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('cases.consents.purpose')}</th>
              <th scope="col" role="columnheader">{t('cases.consents.person')}</th>
              <th scope="col" role="columnheader">{t('cases.consents.givenBy')}</th>
              <th scope="col" role="columnheader">{t('cases.consents.fieldGroups')}</th>
              <th scope="col" role="columnheader">{t('cases.consents.method')}</th>
              <th scope="col" role="columnheader">{t('cases.consents.givenAt')}</th>
              <th scope="col" role="columnheader">{t('cases.consents.state')}</th>
              <th scope="col" role="columnheader">
                <span className="visually-hidden">{t('cases.consents.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {query.data.map((consent, index) => {
              const purpose = labels.purpose(consent.purpose);
              return (
                <tr role="row" key={consent.id ?? index}>
                  <Td label={t('cases.consents.purpose')}>
                    {purpose}
                    {consent.organizationId && (
                      <span className="secondary">{organizationName(consent.organizationId)}</span>
                    )}
                    {consent.validUntil && (
                      <span className="secondary">
                        {t('cases.consents.validUntil')}: {labels.dateTime(consent.validUntil)}
                      </span>
                    )}
                  </Td>
                  <Td label={t('cases.consents.person')}>{people.get(consent.personId ?? '') || none}</Td>
                  <Td label={t('cases.consents.givenBy')}>
                    {labels.giver(consent.givenBy)}
                    {consent.givenBy === 'GUARDIAN' && (
                      <span className="secondary">
                        {[consent.guardianName, consent.guardianRelation].filter(Boolean).join(', ')}
                      </span>
                    )}
                  </Td>
                  <Td label={t('cases.consents.fieldGroups')}>
                    {(consent.fieldGroups ?? []).map(labels.fieldGroup).join(', ') || none}
                  </Td>
                  <Td label={t('cases.consents.method')}>
                    {labels.method(consent.method)}
                    {consent.witnessName && <span className="secondary">{consent.witnessName}</span>}
                  </Td>
                  <Td label={t('cases.consents.givenAt')}>
                    {labels.dateTime(consent.givenAt)}
                    {consent.recordedByName && (
                      <span className="secondary">
                        {t('cases.consents.recordedBy')}: {consent.recordedByName}
                      </span>
                    )}
                  </Td>
                  <Td label={t('cases.consents.state')}>
                    {consent.active ? (
                      <span className="badge badge--active">{t('cases.consents.active')}</span>
                    ) : (
                      <>
                        <span className="badge badge--withdrawn">{t('cases.consents.withdrawn')}</span>
                        {consent.withdrawnAt && (
                          <span className="secondary">
                            {t('cases.consents.withdrawnOn', { time: labels.dateTime(consent.withdrawnAt) })}
                          </span>
                        )}
                        {consent.withdrawalReason && <span className="secondary">{consent.withdrawalReason}</span>}
                      </>
                    )}
                  </Td>
                  <Td label={t('cases.consents.actions')}>
                    {consent.active && consent.id && (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        aria-haspopup="dialog"
                        aria-label={t('cases.consents.withdrawLabel', { purpose })}
                        onClick={() => {
                          setNotice(null);
                          setWithdrawing(consent);
                        }}
                      >
                        {t('cases.consents.withdraw')}
                      </button>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {recording && (
        <ConsentDialog
          caseView={caseView}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setNotice(t('cases.consents.recorded'));
          }}
        />
      )}
      {withdrawing?.id && (
        <WithdrawConsentDialog
          caseId={caseId}
          consentId={withdrawing.id}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            setNotice(t('cases.consents.withdrawnNotice'));
          }}
        />
      )}
    </>
  );
}
