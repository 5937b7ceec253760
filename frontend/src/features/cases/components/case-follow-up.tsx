import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useOrganizationName } from '@/lib/api/organizations';
import { todayInput } from '@/lib/dates';
import type { FollowUpVisit } from '../api/care-types';
import { useCase } from '../api/get-case';
import { useFollowUpVisits } from '../api/get-follow-up-visits';
import type { CaseView, Handover } from '../types';
import { useCareLabels, VISIT_STATUSES } from './care-labels';
import { FollowUpVisitDialog } from './follow-up-visit-dialog';
import { useCaseLabels } from './use-case-labels';

const time = (iso: string | undefined) => (iso ? new Date(iso).getTime() : 0);

/** The server sends the newest first; kept so whatever the order, the latest visit leads. */
function newestFirst(visits: FollowUpVisit[]): FollowUpVisit[] {
  return [...visits].sort((a, b) => time(b.visitedAt) - time(a.visitedAt));
}

/**
 * Reintegration after the handover: the handover itself, the next visit due (flagged when it has
 * passed), the visits made, and a dialog to record one while the case is handed over or followed up.
 */
export function CaseFollowUp({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation();
  const labels = useCareLabels();
  const caseId = caseView.id ?? '';
  const query = useFollowUpVisits(caseId);
  const caseQuery = useCase(caseId);
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const followed = !!caseView.status && VISIT_STATUSES.includes(caseView.status);
  const caseLabels = useCaseLabels();
  const none = t('common.none');
  const visits = query.data ? newestFirst(query.data) : [];

  return (
    <>
      {caseView.handover && <HandoverFacts handover={caseView.handover} />}
      <div className="section-header">
        <h2>{t('care.followUp.title')}</h2>
        {followed && (
          <button
            type="button"
            className="button button--primary"
            aria-haspopup="dialog"
            onClick={() => {
              setNotice(null);
              setRecording(true);
            }}
          >
            {t('care.followUp.record')}
          </button>
        )}
      </div>
      {!followed && (
        <p className="muted">
          {t('care.followUp.notHandedOver', {
            status: caseLabels.status(caseView.status),
            handedOver: caseLabels.status('HANDED_OVER'),
            followUp: caseLabels.status('FOLLOW_UP'),
          })}
        </p>
      )}
      {notice && <Notice>{notice}</Notice>}
      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : visits.length === 0 ? (
        <EmptyState>{t('care.followUp.empty')}</EmptyState>
      ) : (
        <div aria-busy={query.isFetching}>
          <NextVisit latest={visits[0]!} flagOverdue={followed} />
          <table className="table" role="table" aria-label={t('care.followUp.title')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('care.followUp.visitedAt')}</th>
                <th scope="col" role="columnheader">{t('care.followUp.visitedBy')}</th>
                <th scope="col" role="columnheader">{t('care.followUp.situation')}</th>
                <th scope="col" role="columnheader">{t('care.followUp.score')}</th>
                <th scope="col" role="columnheader">{t('care.followUp.nextVisitDue')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {visits.map((visit, index) => (
                <tr role="row" key={visit.id ?? index}>
                  <Td label={t('care.followUp.visitedAt')}>
                    {labels.dateTime(visit.visitedAt) || none}
                    {visit.recordedByName && (
                      <span className="secondary">
                        {t('care.followUp.recordedBy')}: {visit.recordedByName}
                      </span>
                    )}
                  </Td>
                  <Td label={t('care.followUp.visitedBy')}>{visit.visitedBy || none}</Td>
                  <Td label={t('care.followUp.situation')}>
                    <span className="prewrap">{visit.situation || none}</span>
                  </Td>
                  <Td label={t('care.followUp.score')}>{labels.score(visit.reintegrationScore) || none}</Td>
                  <Td label={t('care.followUp.nextVisitDue')}>{labels.date(visit.nextVisitDue) || none}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {recording && (
        <FollowUpVisitDialog
          caseId={caseId}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setNotice(t('care.followUp.recorded'));
          }}
          onReload={() => {
            setRecording(false);
            void caseQuery.refetch();
          }}
        />
      )}
    </>
  );
}

/**
 * The next visit as the latest visit set it, as the server keeps the case's own due date; overdue once the day has passed, while the case is still followed up.
 */
function NextVisit({ latest, flagOverdue }: { latest: FollowUpVisit; flagOverdue: boolean }) {
  const { t } = useTranslation();
  const labels = useCareLabels();
  const due = latest.nextVisitDue;
  const today = todayInput();
  const overdue = flagOverdue && !!due && due < today;
  const dueToday = flagOverdue && due === today;
  return (
    <section aria-labelledby="next-visit-title">
      <h3 id="next-visit-title">{t('care.followUp.nextVisit')}</h3>
      {due ? (
        <div className={overdue ? 'alert alert--error' : dueToday ? 'alert alert--warning' : 'alert'}>
          <p className="alert__title due">
            <time dateTime={due}>{labels.date(due)}</time>
            {overdue && <span className="badge badge--overdue">{t('care.followUp.overdue')}</span>}
            {dueToday && <span className="badge badge--case-open">{t('care.followUp.dueToday')}</span>}
          </p>
        </div>
      ) : (
        <p className="muted">{t('care.followUp.noNextVisit')}</p>
      )}
    </section>
  );
}

/** The handover that started the follow-up: to whom, by which minutes, when. */
function HandoverFacts({ handover }: { handover: Handover }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const organizationName = useOrganizationName();
  const none = t('common.none');
  return (
    <section aria-labelledby="follow-up-handover">
      <h2 id="follow-up-handover">{t('care.followUp.handoverTitle')}</h2>
      <dl className="facts">
        <dt>{t('cases.handover.receiver')}</dt>
        <dd>{labels.receiver(handover.receiver) || none}</dd>
        <dt>{t('cases.handover.receiverName')}</dt>
        <dd>{handover.receiverName || none}</dd>
        {handover.receiverOrganizationId && (
          <>
            <dt>{t('cases.handover.receiverOrganization')}</dt>
            <dd>{organizationName(handover.receiverOrganizationId)}</dd>
          </>
        )}
        <dt>{t('cases.handover.documentNumber')}</dt>
        <dd>{handover.documentNumber || none}</dd>
        <dt>{t('cases.handover.handedOverAt')}</dt>
        <dd>{labels.dateTime(handover.handedOverAt) || none}</dd>
      </dl>
    </section>
  );
}
