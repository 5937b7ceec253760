import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useEntitlements } from '../api/get-entitlements';
import { useSupports } from '../api/get-supports';
import type { CaseView } from '../types';
import { DeliveryDialog } from './delivery-dialog';
import { SupportChecklist } from './support-checklist';
import { SupportDeliveries } from './support-deliveries';
import { casePeople } from './support-labels';

/**
 * The support plan of a case: what each person may get under Art. 37 and why not, the supports
 * delivered, and recording a new one.
 */
export function CaseSupport({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation();
  const caseId = caseView.id ?? '';
  const entitlements = useEntitlements(caseId, caseView.version);
  const deliveries = useSupports(caseId);
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const people = casePeople(caseView);
  const person = caseView.person;
  const nationalityAssumed = !!person && !person.nationality && !person.stateless;

  return (
    <>
      <div className="section-header">
        <h2>{t('support.entitlements.title')}</h2>
        <button
          type="button"
          className="button button--primary"
          aria-haspopup="dialog"
          onClick={() => {
            setNotice(null);
            setRecording(true);
          }}
        >
          {t('support.delivery.record')}
        </button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      <p className="muted">{t('support.entitlements.intro')}</p>
      {nationalityAssumed && <p className="alert alert--warning">{t('support.entitlements.nationalityAssumed')}</p>}
      {entitlements.isPending ? (
        <Loading label={t('support.entitlements.loading')} />
      ) : entitlements.isError ? (
        <ProblemAlert error={entitlements.error} onRetry={() => void entitlements.refetch()} />
      ) : (
        <SupportChecklist entitlements={entitlements.data} people={people} />
      )}

      <h2>{t('support.deliveries.title')}</h2>
      {deliveries.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : deliveries.isError ? (
        <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : (
        <SupportDeliveries deliveries={deliveries.data} people={people} />
      )}

      {recording && (
        <DeliveryDialog
          caseView={caseView}
          entitlements={entitlements.data}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setNotice(t('support.deliveries.recorded'));
          }}
        />
      )}
    </>
  );
}
