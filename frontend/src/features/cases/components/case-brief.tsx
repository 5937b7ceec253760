import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useApiClient } from '@/lib/api/api-client-context';
import { useHasRole } from '@/lib/auth/get-me';
import { findCaseBrief, useCaseBrief } from '../api/get-case-brief';
import { CASE_WORKER_ROLES } from '../roles';
import { CaseList } from './case-list';
import { CasePage, type CaseTab } from './case-page';
import { StatusBadge } from './status-badge';
import { useCaseLabels } from './use-case-labels';

/** A case's page: the whole record for those who work cases, the brief for hotline operators. */
export function CaseRoute({ extraTabs = [] }: { extraTabs?: readonly CaseTab[] }) {
  const worker = useHasRole(...CASE_WORKER_ROLES);
  return worker ? <CasePage extraTabs={extraTabs} /> : <CaseBriefPage />;
}

/** The cases entry: the list for those who work cases, a search by case number for hotline operators. */
export function CasesRoute() {
  const worker = useHasRole(...CASE_WORKER_ROLES);
  return worker ? <CaseList /> : <CaseFinder />;
}

/** What a hotline operator may know of a case: its number, status, category, the person's initials and who works it. */
export function CaseBriefPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const query = useCaseBrief(id);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('cases.brief.titleNoNumber')} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const brief = query.data;
  const none = t('common.none');
  return (
    <>
      <PageHeader title={brief.caseNumber} subtitle={t('cases.brief.intro')} />
      <dl className="case-facts" data-testid="case-brief">
        <div>
          <dt>{t('cases.brief.status')}</dt>
          <dd>
            <StatusBadge status={brief.status} />
          </dd>
        </div>
        <div>
          <dt>{t('cases.brief.category')}</dt>
          <dd>{labels.category(brief.category) || none}</dd>
        </div>
        <div>
          <dt>{t('cases.brief.initials')}</dt>
          <dd>{brief.initials || none}</dd>
        </div>
        <div>
          <dt>{t('cases.brief.assignedTo')}</dt>
          <dd>{brief.assignedToName || t('cases.brief.unassigned')}</dd>
        </div>
      </dl>
    </>
  );
}

/** Finds a case by its exact number, the only search hotline operators have, and opens its brief. */
export function CaseFinder() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApiClient();
  const [number, setNumber] = useState('');
  const find = useMutation({
    mutationFn: (wanted: string) => findCaseBrief(client, wanted),
    onSuccess: (brief) => navigate(`/cases/${brief.id}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (number.trim()) find.mutate(number.trim());
  };
  return (
    <>
      <PageHeader title={t('cases.brief.finderTitle')} subtitle={t('cases.brief.finderIntro')} />
      <form className="form" onSubmit={submit} noValidate aria-label={t('cases.brief.finderTitle')}>
        {find.isError && !find.isPending && <ProblemAlert error={find.error} />}
        <TextField
          id="case-finder-number"
          label={t('cases.brief.number')}
          hint={t('cases.brief.numberHint')}
          autoComplete="off"
          value={number}
          onChange={(event) => setNumber(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={find.isPending || !number.trim()}>
            {t('cases.brief.find')}
          </button>
        </div>
      </form>
    </>
  );
}
