import type { ParseKeys } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Tabs } from '@/components/ui/tabs';
import { useHasRole } from '@/lib/auth/get-me';
import { oneOf } from '@/lib/enums';
import { useCase } from '../api/get-case';
import { CASE_SUPERVISOR_ROLES, CASE_WORKER_ROLES } from '../roles';
import { isVerificationPending } from '../transitions';
import type { CaseView, PossibleDuplicate } from '../types';
import { AssignDialog } from './assign-dialog';
import { CaseActions } from './case-actions';
import { CaseConsents } from './case-consents';
import { CaseDocuments } from './case-documents';
import { CaseFollowUp } from './case-follow-up';
import { CaseNotes } from './case-notes';
import { CaseOverview } from './case-overview';
import { CaseProtection } from './case-protection';
import { CaseSupport } from './case-support';
import { CaseTimeline } from './case-timeline';
import { DuplicatesNotice } from './duplicates-notice';
import { StatusBadge } from './status-badge';
import { useCaseLabels } from './use-case-labels';
import { VerificationDue } from './verification-due';

const TABS = ['overview', 'timeline', 'support', 'protection', 'followUp', 'documents', 'notes', 'consents'] as const;
type Tab = (typeof TABS)[number];

/**
 * A tab another feature adds to the case page (features do not import each other: the app
 * composes them). It shows to those who work cases, after the case's own tabs.
 */
export interface CaseTab {
  /** Its value in `?tab=`; unique among the tabs. */
  id: string;
  label: ParseKeys;
  render: (caseView: CaseView) => ReactNode;
}

interface ArrivalState {
  notice?: string;
  possibleDuplicates?: PossibleDuplicate[];
}

/**
 * One case: number, status, category, person and the verification deadline; the legal next steps
 * as buttons; its overview, timeline, notes and consents as tabs. Hotline operators, who may only
 * read a summary, see the overview alone, without the narrative.
 */
export function CasePage({ extraTabs = [] }: { extraTabs?: readonly CaseTab[] }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const location = useLocation();
  const arrival = (location.state as ArrivalState | null) ?? {};
  const [params, setParams] = useSearchParams();
  const worker = useHasRole(...CASE_WORKER_ROLES);
  const supervisor = useHasRole(...CASE_SUPERVISOR_ROLES);
  const [assigning, setAssigning] = useState(false);
  const query = useCase(id);
  const [changed, setChanged] = useState<string | null>(null);
  const tabIds: readonly string[] = [...TABS, ...extraTabs.map((extra) => extra.id)];
  const tab: string = (worker && oneOf(tabIds, params.get('tab'))) || 'overview';

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('cases.list.title')} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to="/cases">{t('common.back')}</Link>
        </p>
      </>
    );
  }
  const { data: caseView, etag } = query.data;
  const duplicates = arrival.possibleDuplicates ?? caseView.possibleDuplicates ?? [];
  const tabLabels: Record<Tab, string> = {
    overview: t('cases.page.overview'),
    timeline: t('cases.page.timeline'),
    support: t('support.tab'),
    protection: t('care.protection.tab'),
    followUp: t('care.followUp.tab'),
    documents: t('care.documents.tab'),
    notes: t('cases.page.notes'),
    consents: t('cases.page.consents'),
  };
  const overview = <CaseOverview caseView={caseView} narrativeHidden={!worker && !caseView.narrative} />;

  return (
    <>
      {changed ? <Notice>{changed}</Notice> : arrival.notice && <Notice>{arrival.notice}</Notice>}
      <DuplicatesNotice duplicates={duplicates} />
      <PageHeader
        title={caseView.caseNumber}
        subtitle={caseView.person?.fullName}
        actions={
          <CaseActions
            caseView={caseView}
            etag={etag}
            onChanged={({ data }) => setChanged(t('cases.page.changed', { status: labels.status(data.status) }))}
            onReload={() => void query.refetch()}
          />
        }
      />
      <dl className="case-facts">
        <div>
          <dt>{t('cases.fields.status')}</dt>
          <dd>
            <StatusBadge status={caseView.status} />
          </dd>
        </div>
        <div>
          <dt>{t('cases.fields.category')}</dt>
          <dd>{labels.category(caseView.category)}</dd>
        </div>
        <div>
          <dt>{t('cases.fields.receivedAt')}</dt>
          <dd>{labels.dateTime(caseView.receivedAt)}</dd>
        </div>
        {(isVerificationPending(caseView.status) || caseView.verificationOverdue) && (
          <div>
            <dt>{t('cases.fields.verificationDueAt')}</dt>
            <dd>
              <VerificationDue dueAt={caseView.verificationDueAt} overdue={caseView.verificationOverdue} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('cases.fields.assignedTo')}</dt>
          <dd>
            {caseView.assignedTo?.name || t('cases.list.unassigned')}
            {supervisor && caseView.status !== 'CLOSED' && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--small"
                  aria-haspopup="dialog"
                  onClick={() => setAssigning(true)}
                >
                  {t('cases.assign.button')}
                </button>
              </>
            )}
          </dd>
        </div>
      </dl>

      {assigning && (
        <AssignDialog
          caseView={caseView}
          etag={etag}
          onClose={() => setAssigning(false)}
          onDone={({ data }) => {
            setAssigning(false);
            setChanged(t('cases.assign.assigned', { name: data.assignedTo?.name ?? '' }));
          }}
          onReload={() => void query.refetch()}
        />
      )}

      {worker ? (
        <Tabs
          label={t('cases.page.sections')}
          idPrefix="case-sections"
          tabs={[
            ...TABS.map((value) => ({ id: value, label: tabLabels[value] })),
            ...extraTabs.map((extra) => ({ id: extra.id, label: t(extra.label) })),
          ]}
          selected={tab}
          onSelect={(next) =>
            setParams(next === 'overview' ? {} : { tab: next }, { replace: true, state: location.state })
          }
        >
          {tab === 'overview' && overview}
          {tab === 'timeline' && <CaseTimeline caseId={id} />}
          {tab === 'support' && <CaseSupport caseView={caseView} />}
          {tab === 'protection' && <CaseProtection caseId={id} />}
          {tab === 'followUp' && <CaseFollowUp caseView={caseView} />}
          {tab === 'documents' && <CaseDocuments caseId={id} />}
          {tab === 'notes' && <CaseNotes caseId={id} />}
          {tab === 'consents' && <CaseConsents caseView={caseView} />}
          {extraTabs.find((extra) => extra.id === tab)?.render(caseView)}
        </Tabs>
      ) : (
        overview
      )}
    </>
  );
}
