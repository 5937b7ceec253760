import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import type { RiskAssessment } from '../api/care-types';
import { useCase } from '../api/get-case';
import { useRiskAssessments } from '../api/get-risk-assessments';
import { useCareLabels } from './care-labels';
import { RiskAssessmentDialog } from './risk-assessment-dialog';

const time = (iso: string | undefined) => (iso ? new Date(iso).getTime() : 0);

/** The server sends the newest first; kept so whatever the order, the latest leads. */
function newestFirst(items: RiskAssessment[]): RiskAssessment[] {
  return [...items].sort((a, b) => time(b.assessedAt) - time(a.assessedAt));
}

/**
 * Protection: the current risk level and measures from the latest assessment, the earlier ones
 * below it, and a dialog to record a new one (not on a closed case).
 */
export function CaseProtection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const labels = useCareLabels();
  const query = useRiskAssessments(caseId);
  // The page has loaded the case already: this reads it from the cache, for its status.
  const caseQuery = useCase(caseId);
  const closed = caseQuery.data?.data.status === 'CLOSED';
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [first, ...earlier] = query.data ? newestFirst(query.data) : [];
  const none = t('common.none');
  const list = <T extends string>(values: T[] | undefined, label: (value: T) => string) =>
    (values ?? []).map(label).join(', ') || none;

  const latest = (assessment: RiskAssessment) => (
    <section aria-labelledby="risk-latest-title">
      <h3 id="risk-latest-title">{t('care.protection.latest')}</h3>
      <div className={labels.levelPanel(assessment.level)}>
        <p className="alert__title">
          {t('care.protection.currentLevel')}: {labels.level(assessment.level)}
        </p>
        <p className="alert__detail">
          {labels.dateTime(assessment.assessedAt)}
          {assessment.assessedByName && ` · ${assessment.assessedByName}`}
        </p>
      </div>
      <dl className="facts" aria-label={t('care.protection.latest')}>
        <dt>{t('care.protection.level')}</dt>
        <dd>
          <span className={labels.levelBadge(assessment.level)}>{labels.level(assessment.level)}</span>
        </dd>
        <dt>{t('care.protection.threatSources')}</dt>
        <dd>{list(assessment.threatSources, labels.threatSource)}</dd>
        <dt>{t('care.protection.atRisk')}</dt>
        <dd>{list(assessment.atRisk, labels.atRisk)}</dd>
        <dt>{t('care.protection.threats')}</dt>
        <dd className="prewrap">{assessment.threats || none}</dd>
        <dt>{t('care.protection.measures')}</dt>
        <dd>
          {assessment.measures?.length ? list(assessment.measures, labels.measure) : t('care.protection.noMeasures')}
        </dd>
        <dt>{t('care.protection.measuresNote')}</dt>
        <dd className="prewrap">{assessment.measuresNote || none}</dd>
        <dt>{t('care.protection.assessedAt')}</dt>
        <dd>{labels.dateTime(assessment.assessedAt) || none}</dd>
        <dt>{t('care.protection.assessedBy')}</dt>
        <dd>{assessment.assessedByName || none}</dd>
      </dl>
    </section>
  );

  const history = (assessments: RiskAssessment[]) => (
    <section aria-labelledby="risk-history-title">
      <h3 id="risk-history-title">{t('care.protection.history')}</h3>
      <table className="table" role="table" aria-label={t('care.protection.history')}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('care.protection.assessedAt')}</th>
            <th scope="col" role="columnheader">{t('care.protection.level')}</th>
            <th scope="col" role="columnheader">{t('care.protection.threatSources')}</th>
            <th scope="col" role="columnheader">{t('care.protection.atRisk')}</th>
            <th scope="col" role="columnheader">{t('care.protection.measures')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {assessments.map((assessment, index) => (
            <tr role="row" key={assessment.id ?? index}>
              <Td label={t('care.protection.assessedAt')}>
                {labels.dateTime(assessment.assessedAt)}
                {assessment.assessedByName && <span className="secondary">{assessment.assessedByName}</span>}
              </Td>
              <Td label={t('care.protection.level')}>
                <span className={labels.levelBadge(assessment.level)}>{labels.level(assessment.level)}</span>
              </Td>
              <Td label={t('care.protection.threatSources')}>
                {list(assessment.threatSources, labels.threatSource)}
                {assessment.threats && <span className="secondary prewrap">{assessment.threats}</span>}
              </Td>
              <Td label={t('care.protection.atRisk')}>{list(assessment.atRisk, labels.atRisk)}</Td>
              <Td label={t('care.protection.measures')}>
                {assessment.measures?.length ? list(assessment.measures, labels.measure) : t('care.protection.noMeasures')}
                {assessment.measuresNote && <span className="secondary prewrap">{assessment.measuresNote}</span>}
              </Td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );

  return (
    <>
      <div className="section-header">
        <h2>{t('care.protection.title')}</h2>
        {caseQuery.isSuccess && !closed && (
          <button
            type="button"
            className="button button--primary"
            aria-haspopup="dialog"
            onClick={() => {
              setNotice(null);
              setRecording(true);
            }}
          >
            {t('care.protection.record')}
          </button>
        )}
      </div>
      {closed && <p className="muted">{t('care.protection.closed')}</p>}
      {notice && <Notice>{notice}</Notice>}
      {query.isPending ? (
        <Loading label={t('common.loadingList')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !first ? (
        <EmptyState>{t('care.protection.empty')}</EmptyState>
      ) : (
        <div aria-busy={query.isFetching}>
          {latest(first)}
          {earlier.length > 0 && history(earlier)}
        </div>
      )}
      {recording && (
        <RiskAssessmentDialog
          caseId={caseId}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setNotice(t('care.protection.recorded'));
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
